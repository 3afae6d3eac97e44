// The journey schema as validators and editors use it.
//
//   node check.mjs REPO PROJECT
//
// REPO is the repository (its schema/, journeys/ and scaffolds); PROJECT a folder made by
// `tjm init`, whose .vscode/settings.json is read the way VS Code reads it. Checks:
//   1. ajv in strict mode (draft 2020-12) compiles the English and the Dutch schema;
//   2. both accept every shipped journey, every scaffold and the project's example, and the
//      Dutch-names fixture; both reject every fixtures/bad-*.json for the reason its name says;
//   3. VS Code's JSON language service, set up from the project's settings: completions for a
//      touchpoint's channel (Dutch names included), a typo'd channel flagged, a Dutch alias
//      accepted, hovers in Markdown.
// Any failure exits 1.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve, relative } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { getLanguageService } from "vscode-json-languageservice";
import { TextDocument } from "vscode-languageserver-textdocument";

const [repo, project] = process.argv.slice(2).map((p) => resolve(p));
if (!repo || !project) {
  console.error("usage: node check.mjs REPO PROJECT");
  process.exit(2);
}
const here = new URL(".", import.meta.url).pathname;
let failures = 0;
const fail = (what) => {
  failures += 1;
  console.error(`FAIL ${what}`);
};
const ok = (what) => console.log(`ok   ${what}`);
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const jsonFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => join(dir, f))
    : [];

// What each bad fixture must be rejected for: the ajv keyword of the error.
const expected = {
  "bad-enum-typo.json": "oneOf",
  "bad-missing-stage.json": "required",
  "bad-string-for-number.json": "type",
  "bad-field-outside-attention.json": "additionalProperties",
};

const schemas = {
  "English": join(repo, "schema/journey.schema.json"),
  "project's": join(project, "schema/journey.schema.json"),
};

const good = [
  ...jsonFiles(join(repo, "journeys")),
  ...jsonFiles(join(repo, "locales/en/scaffolds")),
  ...jsonFiles(join(repo, "locales/nl/scaffolds")),
  ...jsonFiles(join(project, "journeys")),
  ...jsonFiles(join(here, "fixtures")).filter((f) => f.includes("/good-")),
];
const bad = jsonFiles(join(here, "fixtures")).filter((f) => f.includes("/bad-"));
if (good.length < 15 || bad.length !== Object.keys(expected).length) {
  fail(`found ${good.length} good and ${bad.length} bad files: the paths are wrong`);
}

// 1 and 2: strict ajv. `markdownDescription` is VS Code's annotation keyword: declared as a
// vocabulary word, everything else stays strict (unknown keywords, union types, formats).
for (const [name, path] of Object.entries(schemas)) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addVocabulary(["markdownDescription"]);
  let validate;
  try {
    validate = ajv.compile(readJson(path));
    ok(`ajv --strict compiles the ${name} schema`);
  } catch (error) {
    fail(`ajv --strict refuses the ${name} schema: ${error.message}`);
    continue;
  }
  for (const file of good) {
    if (!validate(readJson(file))) {
      fail(`${name} schema rejects ${relative(repo, file)}: ${ajv.errorsText(validate.errors)}`);
    }
  }
  ok(`${name} schema accepts ${good.length} journeys`);
  for (const file of bad) {
    const want = expected[file.split("/").pop()];
    if (validate(readJson(file))) {
      fail(`${name} schema accepts ${relative(repo, file)}`);
    } else if (!validate.errors.some((e) => e.keyword === want)) {
      fail(`${name} schema rejects ${relative(repo, file)} but not for ${want}: ${ajv.errorsText(validate.errors)}`);
    } else {
      ok(`${name} schema rejects ${file.split("/").pop()} (${want})`);
    }
  }
}

// 3: the language service, configured from the project's .vscode/settings.json as VS Code
// does: `url` relative to the workspace folder, `fileMatch` patterns against the file path.
const settings = readJson(join(project, ".vscode/settings.json"));
const mapping = settings["json.schemas"]?.[0];
if (!mapping || !mapping.fileMatch?.length) {
  fail(".vscode/settings.json has no json.schemas mapping");
  process.exit(1);
}
const schemaUri = pathToFileURL(resolve(project, mapping.url)).href;
const service = getLanguageService({
  schemaRequestService: async (uri) => readFileSync(new URL(uri), "utf8"),
});
// VS Code joins a workspace-relative pattern to the folder's URI before it hands it on.
const folderUri = pathToFileURL(project).href;
service.configure({
  validate: true,
  allowComments: false,
  schemas: [{ uri: schemaUri, fileMatch: mapping.fileMatch.map((p) => `${folderUri}/${p.replace(/^\.?\//, "")}`) }],
});
const example = jsonFiles(join(project, "journeys"))[0];
const original = readFileSync(example, "utf8").replace(/^\s*"\$schema":.*\n/m, "");
const documentUri = pathToFileURL(example).href;
const open = (text) => {
  const document = TextDocument.create(documentUri, "json", 1, text);
  return { document, json: service.parseJSONDocument(document) };
};

// The example as written: no problems.
{
  const { document, json } = open(original);
  const problems = await service.doValidation(document, json);
  if (problems.length) fail(`the example has problems in the editor: ${problems.map((p) => p.message).join("; ")}`);
  else ok("the example opens without problems (no $schema line: the settings map it)");
}

// Completions for the first touchpoint's channel.
{
  const at = original.search(/"channel": "[^"]*"/);
  if (at < 0) fail("the example has no channel");
  const valueStart = at + '"channel": '.length;
  const text = original.slice(0, valueStart) + '""' + original.slice(original.indexOf('"', valueStart + 1) + 1);
  const { document, json } = open(text);
  const list = await service.doComplete(document, document.positionAt(valueStart + 1), json);
  const labels = (list?.items ?? []).map((i) => i.label.replace(/"/g, ""));
  const want = ["desk", "phone", "home_visit", "balie", "huisbezoek"];
  const missing = want.filter((w) => !labels.includes(w));
  if (missing.length) fail(`channel completions lack ${missing.join(", ")} (got ${labels.join(", ")})`);
  else ok(`channel completions offer ${labels.length} names, Dutch ones included`);
}

// A typo'd channel is flagged; a Dutch alias is accepted.
for (const [value, flagged] of [["huisbezoke", true], ["huisbezoek", false], ["telefoon", false]]) {
  const text = original.replace(/"channel": "[^"]*"/, `"channel": "${value}"`);
  const { document, json } = open(text);
  const problems = await service.doValidation(document, json);
  if (flagged !== problems.length > 0) {
    fail(`channel "${value}": ${problems.length} problem(s), expected ${flagged ? "some" : "none"}`);
  } else {
    ok(`channel "${value}" ${flagged ? "flagged" : "accepted"}`);
  }
}

// Hovers show Markdown: code as code, not escaped backticks.
{
  const at = original.indexOf('"actor"');
  const { document, json } = open(original);
  const hover = await service.doHover(document, document.positionAt(at + 2), json);
  const contents = JSON.stringify(hover?.contents ?? "");
  if (!contents.includes("`id`") || contents.includes("\\\\`")) fail(`hover on actor: ${contents}`);
  else ok(`hover on actor shows Markdown: ${contents.slice(0, 80)}`);
}

if (failures) {
  console.error(`${failures} schema check(s) failed`);
  process.exit(1);
}
console.log("schema checks passed");
