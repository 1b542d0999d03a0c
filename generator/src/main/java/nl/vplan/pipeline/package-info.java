/**
 * The order of the stages, in one place ({@code Stages.run}: load → check → resolve → convert →
 * compose → the command's own finish), used by build, check and the preview alike. {@code Pipeline}
 * makes build and check of it: which schools changed ({@code SchoolInputs}), printing and reusing
 * handbooks ({@code Handbooks}), staging and publishing, the report and exit status ({@code Report}).
 * Schools run side by side ({@code Parallel}); nothing is written unless every school succeeded.
 */
package nl.vplan.pipeline;
