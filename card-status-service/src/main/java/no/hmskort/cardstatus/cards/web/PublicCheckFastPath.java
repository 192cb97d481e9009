package no.hmskort.cardstatus.cards.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.platform.security.BearerCallers;
import no.hmskort.platform.security.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public check's answer for a card in memory, given before the security filters and Spring MVC: the
 * profile of a gate's morning (issue 14, ADR 0032) showed the request pipeline (a dozen security filters and the
 * MVC dispatch for an anonymous GET) costing several times the answer. Only the plain case is answered here —
 * a well-formed number of a card found, from a caller within its allowance — with the headers the security
 * filters would have written; anything else (no such card, a malformed number, a caller over its allowance,
 * another method) goes on to {@link PublicCheckController} as before, so every refusal reads the same.
 * Being first, it also times every public check, answered here or there ({@code hmskort.checks.duration}).
 *
 * <p>A gate's lookup by card number is answered here too, for a card found and a token that the issuers accept
 * and that carries the gate scope: authenticated exactly as the security chain does it ({@link BearerCallers}),
 * so the same tokens pass. Any other case (no token, a token refused, a person's or another scope, no such card)
 * goes on to the chain and the controller, which answer the 401, 403 or 404 as before.
 */
@Configuration(proxyBeanMethods = false)
class PublicCheckFastPath {

    private static final String PREFIX = "/api/public/cards/";
    private static final String GATE_PREFIX = "/api/gate/cards/";
    private static final Pattern NUMBER = Pattern.compile("\\d{10}");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicCheckFastPathFilter(CheckAnswers answers, CheckCounts counts,
            ObjectProvider<PublicCheckRateLimit> limit, BearerCallers callers) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new Filter(answers, counts, limit.getIfAvailable(), callers));
        registration.addUrlPatterns(PREFIX + "*", GATE_PREFIX + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("publicCheckFastPath");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final CheckAnswers answers;
        private final CheckCounts counts;
        private final PublicCheckRateLimit limit;
        private final BearerCallers callers;

        Filter(CheckAnswers answers, CheckCounts counts, PublicCheckRateLimit limit, BearerCallers callers) {
            this.answers = answers;
            this.counts = counts;
            this.limit = limit;
            this.callers = callers;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getRequestURI().startsWith(GATE_PREFIX)) {
                answerGate(request, response, chain);
                return;
            }
            long start = System.nanoTime();
            try {
                answer(request, response, chain);
            } finally {
                counts.timePublic(System.nanoTime() - start);
            }
        }

        private void answerGate(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<CheckAnswers.Answer> answer = "GET".equals(request.getMethod()) ? find(request, GATE_PREFIX)
                    : Optional.empty();
            if (answer.isEmpty() || !callers.of(request).filter(c -> c.hasScope(Caller.GATE_SCOPE)).isPresent()) {
                chain.doFilter(request, response);
                return;
            }
            counts.count(CheckCounts.Kind.GATE, CheckCounts.Outcome.ANSWERED);
            write(response, answer.get().gateJson());
        }

        private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<CheckAnswers.Answer> answer = "GET".equals(request.getMethod()) ? find(request) : Optional.empty();
            if (answer.isEmpty() || (limit != null && !limit.allows(request))) {
                chain.doFilter(request, response);
                return;
            }
            counts.count(CheckCounts.Kind.PUBLIC, CheckCounts.Outcome.ANSWERED);
            write(response, answer.get().publicJson());
        }

        /** The answer with the headers the security filters would have written. */
        private static void write(HttpServletResponse response, byte[] json) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setContentLength(json.length);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            response.setHeader("Pragma", "no-cache");
            response.setHeader("Expires", "0");
            response.getOutputStream().write(json);
        }

        private Optional<CheckAnswers.Answer> find(HttpServletRequest request) {
            return find(request, PREFIX);
        }

        private Optional<CheckAnswers.Answer> find(HttpServletRequest request, String prefix) {
            String path = request.getRequestURI();
            String number = path.substring(Math.min(prefix.length(), path.length()));
            if (!path.startsWith(prefix) || !NUMBER.matcher(number).matches() || request.getQueryString() != null) {
                return Optional.empty();
            }
            try {
                return answers.find(CardNumber.of(number));
            } catch (InvalidIdentifierException checkDigit) {
                return Optional.empty();
            }
        }
    }
}
