/**
 * Boilerplate detection: which blocks of a page are the article and which are navigation, related links,
 * newsletter and comment boxes, share bars, tags, bylines, legal notices, ads or other page furniture.
 *
 * <p>Entry point: {@link news.reliability.scoring.boilerplate.BoilerplateClassifier#standard()}, then
 * {@code classify(document)} or {@code classify(document, siblings)} gives one
 * {@link news.reliability.scoring.boilerplate.BlockVerdict} per block; {@link
 * news.reliability.scoring.boilerplate.MainText#of} keeps the content blocks. The chain is
 * {@link news.reliability.scoring.boilerplate.BlockFeatures} (shallow features after Kohlschütter et al.,
 * phrase and tag-path hits from {@link news.reliability.scoring.boilerplate.WordLists}, repetition across a
 * source's pages from {@link news.reliability.scoring.boilerplate.TemplateIndex}, the page's main container
 * and the distance up each block's tag path to elements named like content or boilerplate) →
 * {@link news.reliability.scoring.boilerplate.BoilerplateModel} (a random forest, trained on the project's
 * fixtures only) → smoothing over the block sequence and its container → structure (blocks cleanly inside
 * the main container move towards content; captions, blocks just under a boilerplate-named element, short
 * link lines and blocks in {@code aside}, {@code footer} or {@code nav} towards boilerplate) → threshold →
 * context (jusText's: a short kept block amid boilerplate is boilerplate, a doubtful one amid kept text is
 * content; a date stamp, a figure label and a comment section after the article are not content) →
 * {@link news.reliability.scoring.boilerplate.KindClassifier} (rules over the word lists) for the kind.
 * The same model serves HTML blocks and plain-text lines (a feature says which).
 *
 * <p>Heuristics are data: {@code phrases.txt}, {@code path-hints.txt} and {@code metadata-lines.txt} beside
 * these classes. The shipped model is {@code /models/boilerplate.model}; {@code ./scorer train boilerplate}
 * rebuilds it.
 */
package news.reliability.scoring.boilerplate;
