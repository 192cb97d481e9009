# One image recipe for every service: docker compose passes SERVICE (e.g. order-service).
# The build stage compiles the whole reactor once; compose reuses that layer for all five images.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q install -DskipTests

# A JRE on Ubuntu: no curl or wget, so compose's health check talks HTTP from bash (see docker-compose.yml).
FROM eclipse-temurin:25-jre
ARG SERVICE
RUN useradd --system --uid 10001 hmskort
COPY --from=build /src/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/app.jar
USER hmskort
# The heap is 60 % of the container's memory limit (768M in compose: about 460 MB), leaving about 300 MB for
# metaspace, threads, code cache and direct buffers, so the JVM stays under the limit instead of being
# OOM-killed. A replica whose heap runs out exits (and compose restarts it) rather than limping on.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
