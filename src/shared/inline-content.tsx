import type { Inline } from '../tree/compiled.ts';

/** Renders the article's inline content as React elements (never as HTML strings). */
export function InlineContent({ content }: { content: readonly Inline[] }) {
  return (
    <>
      {content.map((node, i) => {
        switch (node.type) {
          case 'text':
            return node.value;
          case 'code':
            return <code key={i}>{node.value}</code>;
          case 'strong':
            return (
              <strong key={i}>
                <InlineContent content={node.children} />
              </strong>
            );
          case 'emphasis':
            return (
              <em key={i}>
                <InlineContent content={node.children} />
              </em>
            );
          case 'link':
            return (
              <a key={i} href={node.url} rel="noreferrer">
                <InlineContent content={node.children} />
              </a>
            );
        }
      })}
    </>
  );
}
