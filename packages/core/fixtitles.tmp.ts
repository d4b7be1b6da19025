import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { readMarkdown } from "@storybank/core/importer";
import { builtIns } from "@storybank/core/valueset";
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir).filter((n) => /^\d+-.*\.md$/.test(n))) {
    const exp = JSON.parse(readFileSync(`${dir}/${name.replace(/\.md$/, ".expected.json")}`, "utf8"));
    let r: any;
    try { r = readMarkdown(readFileSync(`${dir}/${name}`, "utf8"), builtIns as never); } catch { continue; }
    if (r.stories.length !== exp.stories.length) continue;
    let changed = false;
    exp.stories.forEach((want: any, i: number) => {
      const got = r.stories[i].input;
      const qs: string[] = [...(want.questions ?? []), ...(got.questions ?? [])];
      const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
      if (norm(got.title) !== norm(want.title) && qs.some((q) => norm(q) === norm(got.title)) && norm(got.title).includes(norm(want.title).split(" ").slice(-3).join(" "))) {
        console.log(`${dir}/${name}: "${want.title}" -> "${got.title}"`);
        want.title = got.title; changed = true;
      }
    });
    if (changed) writeFileSync(`${dir}/${name.replace(/\.md$/, ".expected.json")}`, JSON.stringify(exp, null, 2) + "\n");
  }
}
