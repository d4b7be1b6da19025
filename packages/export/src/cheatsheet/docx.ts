import {
  BorderStyle,
  Document,
  type ICharacterStyleOptions,
  type IParagraphStyleOptions,
  type ISectionOptions,
  LineRuleType,
  Packer,
  Paragraph,
  SectionType,
  TextRun,
} from "docx";
import { hasRtl, levelsOf } from "../text/bidi.ts";
import { accent } from "./blocks.ts";
import type { Fitted } from "./fit.ts";
import type { Para } from "./layout.ts";
import { ink, printable, type Run } from "./text.ts";

/** Points to twentieths of a point, rounded down so Word's page never holds more than measured. */
const twips = (pt: number) => Math.floor(pt * 20);
const halfPoints = (pt: number) => Math.floor(pt * 2);
const hex = (color: string) => color.replace("#", "");

const font = { ascii: "Arial", hAnsi: "Arial", cs: "Arial", eastAsia: "Microsoft YaHei" };

/**
 * The sheet's looks as named styles: each paragraph and run names one instead of repeating its
 * formatting, which keeps the document small and quick to write.
 */
class Styles {
  readonly paragraph = new Map<string, IParagraphStyleOptions>();
  readonly character = new Map<string, ICharacterStyleOptions>();

  constructor(
    readonly body: number,
    readonly leading: number,
  ) {}

  forPara(para: Para, rule: boolean): string {
    const key = `${para.scale}/${para.before}/${para.hang}/${rule}`;
    const known = this.paragraph.get(key);
    if (known) return known.id;
    const size = this.body * para.scale;
    const hang = twips(para.hang * this.body);
    const style: IParagraphStyleOptions = {
      id: `Sheet${this.paragraph.size + 1}`,
      name: `Sheet ${this.paragraph.size + 1}`,
      run: { size: halfPoints(size), font },
      paragraph: {
        spacing: {
          before: twips(para.before * this.body),
          after: 0,
          line: twips(size * this.leading),
          lineRule: LineRuleType.EXACT,
        },
        ...(hang > 0 ? { indent: { left: hang, hanging: hang } } : {}),
        keepLines: true,
        ...(rule
          ? {
              border: {
                bottom: { style: BorderStyle.SINGLE, size: 5, space: 3, color: hex(accent) },
              },
            }
          : {}),
      },
    };
    this.paragraph.set(key, style);
    return style.id;
  }

  forRun(run: Run): string | undefined {
    const color = run.color ?? ink;
    if (run.style === "regular" && color === ink) return undefined;
    const key = `${run.style}/${color}`;
    const known = this.character.get(key);
    if (known) return known.id;
    const style: ICharacterStyleOptions = {
      id: `SheetRun${this.character.size + 1}`,
      name: `Sheet run ${this.character.size + 1}`,
      run: { bold: run.style === "bold", italics: run.style === "italic", color: hex(color) },
    };
    this.character.set(key, style);
    return style.id;
  }
}

/**
 * Writes a fitted sheet as DOCX. The word processor breaks the lines, so every paragraph gets
 * an exact line height and the keep rules the layout assumed; text is measured in Arial's
 * metrics on a shorter line (see `fit`), so Word's lines are never more than the layout's.
 */
export function renderDocx(fitted: Fitted, title: string): Promise<Buffer> {
  const { sections, page, profile, report } = fitted;
  const styles = new Styles(report.fontSize, profile.leading);

  // A paragraph whose own text starts right to left is a bidi paragraph, and every run with
  // Hebrew or Arabic in it is a right-to-left run: Word then orders them by the bidi algorithm.
  const paragraph = (para: Para, next: Para | undefined, rule: boolean) => {
    const texts = para.runs.map((run) => printable(run.text));
    const content = texts.filter((_, i) => !para.runs[i]?.label).join("");
    const rtl = levelsOf(texts.join(""), content).base === 1;
    return new Paragraph({
      style: styles.forPara(para, rule),
      keepNext: next !== undefined && next.keep === para.keep,
      ...(rtl ? { bidirectional: true } : {}),
      children: para.runs.map(
        (run, i) =>
          new TextRun({
            text: texts[i] as string,
            style: styles.forRun(run),
            ...(hasRtl(texts[i] as string) ? { rightToLeft: true } : {}),
          }),
      ),
    });
  };

  const pageProps = {
    size: { width: twips(page.width), height: twips(page.height) },
    margin: {
      top: twips(page.margin),
      bottom: twips(page.margin),
      left: twips(page.margin),
      right: twips(page.margin),
      header: 0,
      footer: 0,
    },
  };
  const docxSections: ISectionOptions[] = sections.map((section, index) => ({
    properties: {
      page: pageProps,
      ...(index > 0 ? { type: SectionType.CONTINUOUS } : {}),
      ...(section.columns === 2
        ? { column: { count: 2, space: twips(page.gap), equalWidth: true } }
        : {}),
    },
    children: section.paras.map((para, i) =>
      paragraph(
        para,
        section.paras[i + 1],
        section.columns === 1 && i === section.paras.length - 1,
      ),
    ),
  }));

  const doc = new Document({
    title: printable(title),
    creator: "Storybank",
    styles: {
      default: {
        document: {
          run: { font, size: halfPoints(report.fontSize), color: hex(ink) },
          paragraph: {
            spacing: {
              before: 0,
              after: 0,
              line: twips(report.fontSize),
              lineRule: LineRuleType.EXACT,
            },
          },
        },
      },
      paragraphStyles: [...styles.paragraph.values()],
      characterStyles: [...styles.character.values()],
    },
    sections: docxSections,
  });
  return Packer.toBuffer(doc);
}
