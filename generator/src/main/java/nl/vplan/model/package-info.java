/**
 * The immutable values passed between the stages: {@code Content}, {@code Framework},
 * {@code Document}, {@code Part}, {@code School}, {@code Field} and {@code FieldType}, {@code Choice},
 * {@code Klasse} (edition), {@code Problem} and {@code SourceRef}. Depends on no other vplan package;
 * every stage may use it.
 */
package nl.vplan.model;
