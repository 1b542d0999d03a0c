/**
 * Writes a school's finished files to {@code <out>/<school>/}. In: the files of a site by relative
 * path ({@code Map<String, byte[]>}); they are staged in a folder beside the target and swapped in by
 * rename ({@code SitePublisher.commit}), or thrown away when any school failed. The only stage that
 * touches the output folder; it knows nothing of the other stages.
 */
package nl.vplan.publish;
