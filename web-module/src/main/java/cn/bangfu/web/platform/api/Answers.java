package cn.bangfu.web.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method that builds its own {@code Response} answers when it succeeds: the status (201 for a record
 * created, 202 for a job started, 204 for nothing) and the type of the body, which its signature does not say. The OpenAPI
 * document is written from it ({@link ApiDocumentFilter}); ApiDocumentFilterTest refuses a {@code Response} method without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {

    /** The HTTP status of success. */
    int value();

    /** The JSON body's type; {@code void.class} for none. */
    Class<?> body() default void.class;

    /** What the success means to a client. */
    String description() default "";

    /** For 201 and 202: whether the method sends a Location header naming the record created or the job started. */
    boolean location() default true;
}
