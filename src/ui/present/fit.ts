/**
 * An attachment that shrinks a slide's content to its box when it would overflow (a long
 * ranking, a tall chart): a scale on the content, so nothing is cut off on a projector or a
 * printed page. Layout is untouched, so charts keep drawing at their full width.
 */
export function fitContent(box: HTMLElement): () => void {
  const content = box.firstElementChild;
  if (!(content instanceof HTMLElement)) return () => undefined;
  const fit = () => {
    const scale = Math.min(
      1,
      box.clientHeight / Math.max(1, content.scrollHeight),
      box.clientWidth / Math.max(1, content.scrollWidth),
    );
    content.style.transform = scale < 0.999 ? `scale(${scale})` : '';
  };
  const observer = new ResizeObserver(fit);
  observer.observe(box);
  observer.observe(content);
  return () => observer.disconnect();
}

/** Moves a node to the end of <body>, above the app, so that printing can leave the app out. */
export function toBody(node: HTMLElement): () => void {
  document.body.append(node);
  return () => node.remove();
}
