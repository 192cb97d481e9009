package no.hmskort.embedded;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} or {@code --name=value} command-line options, for the processes of the local cluster. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.contains("=")) {
                options.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }
}
