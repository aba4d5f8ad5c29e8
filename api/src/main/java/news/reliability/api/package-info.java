/**
 * The REST service. {@code rest} holds thin JAX-RS resources, {@code service} transactions and
 * orchestration over {@code scoring}'s pipeline, {@code entity} the Panache entities (active record:
 * finders live on the entity), {@code dto} and {@code mapping} the JSON shapes, {@code error} the JSON error
 * contract {@code {"status","error","message","field"}}.
 */
package news.reliability.api;
