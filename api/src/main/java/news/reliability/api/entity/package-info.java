/**
 * Hibernate ORM Panache entities, one per table of the Flyway schema ({@code db/migration}). Field names
 * follow the SPEC's words; column names are their snake-case forms.
 */
package news.reliability.api.entity;
