# One image recipe for every service: docker compose passes SERVICE (e.g. order-service).
# The build stage compiles the whole reactor once; compose reuses that layer for all five images.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q install -DskipTests

FROM eclipse-temurin:25-jre
ARG SERVICE
RUN useradd --system --uid 10001 hmskort
COPY --from=build /src/${SERVICE}/target/${SERVICE}-0.1.0-SNAPSHOT-exec.jar /app/app.jar
USER hmskort
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
