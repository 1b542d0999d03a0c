package nl.vplan.model;

/** Whether a part of a document is a chapter or an appendix ("Bijlage N"). */
public enum PartKind {
    HOOFDSTUK, BIJLAGE
}
