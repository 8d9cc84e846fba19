import type { ReactNode } from 'react';
import { useLang } from '../../shared/lang-context.tsx';
import type { Item, Symptom } from '../../tree/compiled.ts';
import { InlineContent } from '../../shared/inline-content.tsx';

interface Node {
  item: Item;
  children: Node[];
}

/** Nests the chosen items as the article nested them; an item whose parent is not chosen stands at the top. */
function nestItems(symptom: Symptom, ids: readonly string[]): Node[] {
  const chosen = symptom.items.filter((i) => ids.includes(i.id));
  const nodes = new Map(chosen.map((item) => [item.id, { item, children: [] as Node[] }]));
  const top: Node[] = [];
  for (const item of chosen) {
    const node = nodes.get(item.id) as Node;
    const parent = item.parent === undefined ? undefined : nodes.get(item.parent);
    (parent ? parent.children : top).push(node);
  }
  return top;
}

/** Groups consecutive nodes of one kind, so steps render as one numbered list and bullets as one list. */
function groups(nodes: readonly Node[]): Node[][] {
  const out: Node[][] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (last && last[0]?.item.kind === node.item.kind) last.push(node);
    else out.push([node]);
  }
  return out;
}

interface Props {
  symptom: Symptom;
  ids: readonly string[];
  /** Extra content shown under an item (why it applies, today's guidance). */
  extra?: (item: Item) => ReactNode;
}

/** Renders a subset of a symptom's items in article order, with the article's nesting and numbering. */
export function ArticleItems({ symptom, ids, extra }: Props) {
  return <NodeList nodes={nestItems(symptom, ids)} extra={extra} />;
}

function NodeList({ nodes, extra }: { nodes: Node[]; extra: Props['extra'] }) {
  const lang = useLang();
  return (
    <>
      {groups(nodes).map((group) => {
        const kind = group[0]?.item.kind;
        const rendered = group.map((node) => {
          const body = (
            <>
              <InlineContent content={node.item.content[lang]} />
              {extra?.(node.item)}
              {node.children.length > 0 && <NodeList nodes={node.children} extra={extra} />}
            </>
          );
          return kind === 'paragraph' ? (
            <div className="item" key={node.item.id} id={`item-${node.item.id}`}>
              {body}
            </div>
          ) : (
            <li key={node.item.id} id={`item-${node.item.id}`}>
              {body}
            </li>
          );
        });
        const key = group[0]?.item.id;
        if (kind === 'step') return <ol key={key}>{rendered}</ol>;
        if (kind === 'bullet') return <ul key={key}>{rendered}</ul>;
        return <div key={key}>{rendered}</div>;
      })}
    </>
  );
}
