/**
 * Turns a record's body into HTML at load time. The MDX is parsed but never compiled to
 * JavaScript, so a record cannot run code however it is written; it is checked against
 * the content rules first, and the allowed components become plain HTML here.
 * Rendering without per-record modules also keeps the build fast with thousands of records.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast, mdxToMdast } from 'satteri';
import { BODY_FEATURES as FEATURES, bodySizeViolation, findUnsafeContent, type AllowedComponent } from './content-safety.ts';
import { withBase } from './urls.ts';

type JsxNode = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { name?: string; value?: unknown }[];
  children: ElementContent[];
};

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

type Render = (attributes: Record<string, string>, children: ElementContent[], numbers: Readonly<Record<string, number>>) => Element;

/** The HTML of each allowed component; the names come from ALLOWED_COMPONENTS. */
const COMPONENTS: Record<AllowedComponent, Render> = {
  // A short, attributed quotation; `quelle` links to the source of the same record.
  Zitat: (attributes, children) =>
    element('figure', { className: ['zitat'] }, [
      element('blockquote', {}, children),
      element('figcaption', {}, [
        text(attributes.von ?? ''),
        ...(attributes.quelle ? [text(', '), element('a', { href: `#quelle-${attributes.quelle}` }, [text('Quelle')])] : []),
      ]),
    ]),
  // Footnote markers like those of the record's fields: [2] links to the second source.
  Beleg: (attributes, _children, numbers) => {
    // Source ids are slugs; anything else (which the validator refuses) is left out.
    const ids = (attributes.quelle ?? '').split(/\s+/).filter((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
    return element(
      'sup',
      { className: ['source-refs'] },
      ids.flatMap((id, index) => {
        const number = Object.hasOwn(numbers, id) ? numbers[id] : undefined;
        const label = number === undefined ? '[Quelle]' : `[${number}]`;
        const link = element('a', { href: `#quelle-${id}`, ariaLabel: number === undefined ? 'Quelle' : `Quelle ${number}` }, [
          text(label),
        ]);
        return index > 0 ? [text(' '), link] : [link];
      }),
    );
  },
};

function replaceComponents(nodes: (RootContent | ElementContent)[], numbers: Readonly<Record<string, number>>): ElementContent[] {
  return nodes.map((node) => {
    const jsx = node as unknown as JsxNode;
    if (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') {
      const attributes = Object.fromEntries(
        jsx.attributes.flatMap((attribute) =>
          attribute.name && typeof attribute.value === 'string' ? [[attribute.name, attribute.value]] : [],
        ),
      );
      const render = COMPONENTS[jsx.name as AllowedComponent];
      if (!render) throw new Error(`Component <${jsx.name}> is not allowed`);
      return render(attributes, replaceComponents(jsx.children, numbers), numbers);
    }
    // Links to pages of the site ("/laender/hamburg/") follow the base path it is published under.
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string')
      node.properties.href = withBase(node.properties.href);
    if ('children' in node && Array.isArray(node.children)) (node as Element).children = replaceComponents(node.children, numbers);
    return node as ElementContent;
  });
}

/**
 * The body as HTML; throws, naming every violation, if it breaks the content rules.
 * `sourceNumbers` (source id -> its number in the record's list) numbers the <Beleg> markers.
 */
export function renderRecordBody(body: string, file: string, sourceNumbers: Readonly<Record<string, number>> = {}): string {
  const tooLong = bodySizeViolation(body);
  if (tooLong) throw new Error(`${file}: Unzulässiger Inhalt. ${tooLong.message}`);
  // Without positions first (faster); again with them only to name the lines of a problem.
  if (findUnsafeContent(mdxToMdast(body, { features: FEATURES, position: false })).length > 0) {
    const violations = findUnsafeContent(mdxToMdast(body, { features: FEATURES, position: true }));
    throw new Error(
      `${file}: Unzulässiger Inhalt. ${violations.map((violation) => `Zeile ${violation.line}: ${violation.message}`).join(' | ')}`,
    );
  }
  const tree = mdxToHast(body, { features: FEATURES, position: false }) as unknown as Root;
  tree.children = replaceComponents(tree.children, sourceNumbers) as Root['children'];
  return toHtml(tree);
}
