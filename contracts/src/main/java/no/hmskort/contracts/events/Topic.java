package no.hmskort.contracts.events;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A topic and the sealed family of events it carries. The family's permitted records are the complete
 * list of wire types; {@link #typeOf(Class)} and {@link #classOf(String)} translate both ways.
 */
public record Topic<E extends Event>(String name, Class<E> family, Map<String, Class<? extends E>> types) {

    public static <E extends Event> Topic<E> of(String name, Class<E> family) {
        if (!family.isSealed()) {
            throw new IllegalArgumentException(family + " must be a sealed interface");
        }
        @SuppressWarnings("unchecked")
        Map<String, Class<? extends E>> types = Arrays.stream(family.getPermittedSubclasses())
                .map(c -> (Class<? extends E>) c)
                .collect(Collectors.toUnmodifiableMap(Topic::wireType, Function.identity()));
        return new Topic<>(name, family, types);
    }

    public String typeOf(Class<?> eventClass) {
        String type = wireType(eventClass);
        if (!types.containsKey(type)) {
            throw new IllegalArgumentException(eventClass.getSimpleName() + " is not carried by " + name);
        }
        return type;
    }

    /** The record class for a wire type, or null when this topic does not know the type. */
    public Class<? extends E> classOf(String type) {
        return types.get(type);
    }

    public static String wireType(Class<?> eventClass) {
        EventType annotation = eventClass.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(eventClass + " lacks @EventType");
        }
        return annotation.name() + ".v" + annotation.version();
    }

    @Override
    public String toString() {
        return name;
    }
}
