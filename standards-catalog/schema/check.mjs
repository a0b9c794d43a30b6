// Validates the standards catalogs against ruleset.schema.json, the JSON Schema editors use.
//
//   cd standards-catalog/schema && npm ci && node check.mjs     (or: bash scripts/check-schema.sh)
//
// 1. The schema compiles as draft 2020-12 with Ajv in strict mode (two lints aside, see compileSchema),
//    formats asserted as editors do.
// 2. Every *.yaml / *.yml under standards-catalog/ (node_modules excluded), and the minimal test catalog
//    tests/Standards.Tests/Catalogs/minimal.yaml, validates without errors.
// 3. Variants of the minimal catalog, each changed in one place, are rejected with an error at the place
//    that was changed (so that a variant cannot pass by breaking something else), and a few edge variants
//    are accepted. This keeps the check from passing vacuously with a schema that accepts anything.
//
// YAML is read by the YAML 1.2 core schema, as editors read it: 0.8 is a number, true a boolean, ~ null,
// and anything else (dates and versions included) a string.
//
// Prints one line per check and a final line "N passed, M failed"; exits non-zero on any failure.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseAllDocuments } from 'yaml';

const schemaDir = dirname(fileURLToPath(import.meta.url));
const catalogDir = resolve(schemaDir, '..');
const repoRoot = resolve(catalogDir, '..');
const schemaPath = join(schemaDir, 'ruleset.schema.json');
const minimalPath = join(repoRoot, 'tests', 'Standards.Tests', 'Catalogs', 'minimal.yaml');
const draft202012 = 'https://json-schema.org/draft/2020-12/schema';

let passed = 0;
let failed = 0;

function pass(label) {
  passed++;
  console.log(`ok    ${label}`);
}

function fail(label, details) {
  failed++;
  console.log(`FAIL  ${label}`);
  for (const line of [details].flat()) {
    console.log(`        ${line}`);
  }
}

function display(path) {
  return relative(repoRoot, path).split(sep).join('/');
}

// ---------------------------------------------------------------------------------------------- YAML

/** One YAML document as plain JSON values, by the YAML 1.2 core schema; throws on any YAML error. */
function yamlToJson(text, name) {
  const documents = parseAllDocuments(text, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: true });
  if (!Array.isArray(documents) || documents.length !== 1) {
    throw new Error(`${name} must hold exactly one YAML document`);
  }

  const [document] = documents;
  const problems = [...document.errors, ...document.warnings];
  if (problems.length > 0) {
    throw new Error(problems.map(p => p.message).join('\n'));
  }

  // Round-trip through JSON text, as an editor does, so that only JSON values reach the validator.
  return JSON.parse(JSON.stringify(document.toJS({ maxAliasCount: 100 })));
}

function yamlFileToJson(path) {
  return yamlToJson(readFileSync(path, 'utf8'), display(path));
}

/** The parser must follow the YAML 1.2 core schema, or the checks below would test the wrong data. */
function checkYamlCoreSchema() {
  const label = 'yaml: plain scalars follow the YAML 1.2 core schema (dates and versions stay strings)';
  const sample = [
    'decimal: 0.8',
    'integer: 3',
    'negative: -2',
    'yes: true',
    'no: false',
    'date: 2026-01-01',
    'version: 1.0.0',
    'quoted: "0.8"',
    "single: 'true'",
    'word: yes',
    'nothing: ~',
    'empty:',
    'list: [document, 2]',
  ].join('\n');
  const expected = {
    decimal: 0.8,
    integer: 3,
    negative: -2,
    yes: true,
    no: false,
    date: '2026-01-01',
    version: '1.0.0',
    quoted: '0.8',
    single: 'true',
    word: 'yes',
    nothing: null,
    empty: null,
    list: ['document', 2],
  };
  try {
    const actual = yamlToJson(sample, 'inline sample');
    const wrong = Object.keys(expected).filter(key => JSON.stringify(actual[key]) !== JSON.stringify(expected[key]));
    if (wrong.length === 0 && Object.keys(actual).length === Object.keys(expected).length) {
      pass(label);
    } else {
      fail(label, wrong.map(key => `${key}: expected ${JSON.stringify(expected[key])}, got ${JSON.stringify(actual[key])}`));
    }
  } catch (error) {
    fail(label, String(error.message ?? error));
  }
}

// -------------------------------------------------------------------------------------------- schema

function compileSchema() {
  const label = `schema: ${display(schemaPath)} compiles as draft 2020-12 (Ajv strict mode, formats asserted)`;
  try {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    if (schema.$schema !== draft202012) {
      throw new Error(`$schema is ${JSON.stringify(schema.$schema)}, expected ${draft202012}`);
    }

    // strict: true throws on unknown keywords and formats, ignored keywords, non-finite numbers and
    // incomplete tuples (strictSchema, strictNumbers, strictTuples); an unresolved $ref always throws.
    // Two of its lints are off because they flag valid constructs of this schema, which this check does
    // not change:
    //  - strictRequired does not see properties declared in a parent schema, so it rejects
    //    `if: { not: { required: [severity] } }` (ratingCap) and `then: { required: [bar] }` (standard);
    //    a known limitation, ajv-validator/ajv#1950.
    //  - strictTypes wants "type": "array" next to the minItems/maxItems on `options` inside the
    //    question's if/then branches, although `options` is declared an array in the parent schema.
    // validateFormats asserts "format" (date), as editors do.
    const ajv = new Ajv2020({
      strict: true,
      strictRequired: false,
      strictTypes: false,
      allErrors: true,
      validateFormats: true,
    });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    pass(label);
    return validate;
  } catch (error) {
    fail(label, String(error.message ?? error).split('\n'));
    return null;
  }
}

/**
 * Every violation, with where it stands as JSON pointers: the value at fault, and for an unknown or a
 * missing key also the key itself (so that "missing id" is told apart from any other problem at the root).
 */
function errorsOf(validate, json) {
  if (validate(json)) {
    return [];
  }

  return validate.errors.map(error => {
    const key = error.keyword === 'additionalProperties' ? error.params.additionalProperty
      : error.keyword === 'required' ? error.params.missingProperty
        : undefined;
    const at = [error.instancePath];
    if (key !== undefined) {
      at.push(`${error.instancePath}/${escapePointer(key)}`);
    }

    return { at, text: `${at.at(-1) || '(root)'}: ${error.message} [${error.schemaPath}]` };
  });
}

// --------------------------------------------------------------------------------------------- files

function catalogFiles(directory) {
  const files = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
        files.push(...catalogFiles(path));
      }
    } else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) {
      files.push(path);
    }
  }

  return files;
}

function checkFile(validate, path) {
  const label = `file: ${display(path)}`;
  try {
    const errors = errorsOf(validate, yamlFileToJson(path));
    if (errors.length === 0) {
      pass(label);
    } else {
      fail(label, errors.map(e => e.text));
    }
  } catch (error) {
    fail(label, String(error.message ?? error).split('\n'));
  }
}

// ------------------------------------------------------------------------------------------ variants

function escapePointer(segment) {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

function pointer(segments) {
  return segments.map(s => `/${escapePointer(s)}`).join('');
}

/** The value at segments; throws when the minimal catalog no longer has it (the variant is stale). */
function get(json, segments) {
  let node = json;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object' || !(segment in node)) {
      throw new Error(`minimal.yaml has nothing at ${pointer(segments)}; update the variant`);
    }

    node = node[segment];
  }

  return node;
}

function object(json, segments) {
  const node = get(json, segments);
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    throw new Error(`minimal.yaml has no object at ${pointer(segments)}; update the variant`);
  }

  return node;
}

/** Adds a key that is not there; returns where it stands. */
function add(json, parent, key, value) {
  const target = object(json, parent);
  if (key in target) {
    throw new Error(`${pointer([...parent, key])} already exists; update the variant`);
  }

  target[key] = value;
  return pointer([...parent, key]);
}

/** Replaces an existing value; returns where it stands. */
function set(json, segments, value) {
  const parent = get(json, segments.slice(0, -1));
  get(json, segments);
  parent[segments.at(-1)] = value;
  return pointer(segments);
}

/** Removes an existing key; returns where it stood (the schema must then report it missing). */
function remove(json, parent, key) {
  const target = object(json, parent);
  if (!(key in target)) {
    throw new Error(`minimal.yaml has nothing at ${pointer([...parent, key])}; update the variant`);
  }

  delete target[key];
  return pointer([...parent, key]);
}

/** Path of the first array item of json at segments that matches. */
function find(json, segments, predicate, what) {
  const index = get(json, segments).findIndex(predicate);
  if (index < 0) {
    throw new Error(`minimal.yaml has no ${what}; update the variant`);
  }

  return [...segments, index];
}

const resident = json => find(json, ['standards'], s => s.level === 'resident', 'resident-level standard');
const institution = json => find(json, ['standards'], s => s.level === 'institution', 'institution-level standard');

/** Path of the first question of the given type, in any instrument. */
function question(json, type) {
  const instruments = get(json, ['instruments']);
  for (let i = 0; i < instruments.length; i++) {
    const index = (instruments[i].questions ?? []).findIndex(q => q.type === type);
    if (index >= 0) {
      return ['instruments', i, 'questions', index];
    }
  }

  throw new Error(`minimal.yaml has no ${type} question; update the variant`);
}

const text = () => ({ he: 'טקסט', en: 'Text' });

// Each variant changes a fresh copy of minimal.yaml and returns the JSON pointer where the schema must
// report the problem: the changed value, the unknown key, or the missing key ('' is the root). Accepted
// variants return nothing and must validate cleanly.
const rejected = [
  // Unknown keys (the parser rejects them; so must the schema).
  ['unknown root key', j => add(j, [], 'colour', 'red')],
  ['unknown standard key', j => add(j, ['standards', 0], 'colour', 'red')],
  ['unknown scope cut point key', j => add(j, ['policy', 'scopeCutPoints'], 'isolated', 0.1)],
  ['unknown language in a text', j => add(j, ['title'], 'fr', 'Maison')],
  ['question key in the wrong case', j => add(j, ['instruments', 0, 'questions', 0], 'Required', true)],

  // Values outside an enum.
  ['bad status', j => set(j, ['status'], 'final')],
  ['bad service type', j => set(j, ['serviceType'], 'hospital')],
  ['bad severity', j => set(j, ['standards', 0, 'severity'], 'severe')],
  ['bad scope', j => set(j, ['standards', 0, 'scope'], 'everywhere')],
  ['bad level', j => set(j, ['standards', 0, 'level'], 'facility')],
  ['bad evidence source', j => set(j, ['standards', 0, 'evidence', 0], 'interview')],
  ['bad question type', j => set(j, ['instruments', 0, 'questions', 1, 'type'], 'boolean')],
  ['bad question unit', j => set(j, ['instruments', 0, 'questions', 0, 'unit'], 'ward')],
  ['bad question source', j => set(j, ['instruments', 0, 'questions', 0, 'source'], 'hearsay')],
  ['bad grade cell severity', j => set(j, ['policy', 'grades', 0, 'severity'], 'tiny')],

  // Missing required keys, Hebrew and English text included.
  ['title without Hebrew (he)', j => remove(j, ['title'], 'he')],
  ['title without English (en)', j => remove(j, ['title'], 'en')],
  ['optional text (legalReference) without Hebrew', j => remove(j, ['standards', 0, 'legalReference'], 'he')],
  ['option label without Hebrew', j => remove(j, ['instruments', 0, 'questions', 2, 'options', 0, 'label'], 'he')],
  ['empty Hebrew text', j => set(j, ['title', 'he'], '')],
  ['blank Hebrew text', j => set(j, ['title', 'he'], '   ')],
  ['missing id', j => remove(j, [], 'id')],
  ['missing policy', j => remove(j, [], 'policy')],
  ['standard without evidence', j => remove(j, ['standards', 0], 'evidence')],
  ['question without source', j => remove(j, ['instruments', 0, 'questions', 0], 'source')],

  // Numbers out of bounds.
  ['resident bar 1.5', j => set(j, [...resident(j), 'bar'], 1.5)],
  ['resident bar 0', j => set(j, [...resident(j), 'bar'], 0)],
  ['standard weight 0', j => set(j, ['standards', 0, 'weight'], 0)],
  ['standard weight not a number', j => set(j, ['standards', 0, 'weight'], 'heavy')],
  ['negative domain weight', j => set(j, ['domains', 0, 'weight'], -1)],
  ['policy minimumSample 0', j => set(j, ['policy', 'minimumSample'], 0)],
  ['fractional policy minimumSample', j => set(j, ['policy', 'minimumSample'], 2.5)],
  ['rating band minScore above 1', j => set(j, ['policy', 'ratingBands', 0, 'minScore'], 1.2)],
  ['scope cut point above 1', j => set(j, ['policy', 'scopeCutPoints', 'widespread'], 1.5)],

  // Codes and formats.
  ['id not kebab-case', j => set(j, ['id'], 'Test_Home')],
  ['domain code not kebab-case', j => set(j, ['domains', 0, 'code'], 'Safety')],
  ['tracer code not kebab-case', j => set(j, ['tracers', 0, 'code'], 'pressure_injury')],
  ['bad standard code (lower case)', j => set(j, ['standards', 0, 'code'], 'saf-01')],
  ['bad standard code (double dash)', j => set(j, ['standards', 0, 'code'], 'SAF--01')],
  ['question code with dashes', j => set(j, ['instruments', 0, 'questions', 0, 'code'], 'fire-drill-date')],
  ['question code starting with a digit', j => set(j, ['instruments', 0, 'questions', 0, 'code'], '1st_drill')],
  ['version with two parts', j => set(j, ['version'], '1.0')],
  ['version with a leading zero', j => set(j, ['version'], '1.01.0')],
  ['prerelease version', j => set(j, ['version'], '1.0.0-beta')],
  ['effectiveFrom not ISO', j => set(j, ['effectiveFrom'], '01/01/2026')],
  ['effectiveFrom impossible date', j => set(j, ['effectiveFrom'], '2026-02-30')],

  // Rules that depend on the level or type.
  ['resident standard without bar', j => remove(j, resident(j), 'bar')],
  ['resident standard with scope', j => add(j, resident(j), 'scope', 'pattern')],
  ['institution standard without scope', j => remove(j, institution(j), 'scope')],
  ['institution standard with tracer', j => add(j, institution(j), 'tracer', 'pressure-injury')],
  ['institution standard with minimumSample', j => add(j, institution(j), 'minimumSample', 3)],
  ['rating cap with neither severity nor immediateJeopardy', j => {
    // Without a severity the cap needs immediateJeopardy: true, and the schema reports that key missing.
    const cap = find(j, ['policy', 'ratingCaps'], c => 'severity' in c && !('immediateJeopardy' in c), 'rating cap with a severity');
    remove(j, cap, 'severity');
    return pointer([...cap, 'immediateJeopardy']);
  }],
  ['grade grid with 8 cells', j => {
    get(j, ['policy', 'grades']).splice(0, 1);
    return pointer(['policy', 'grades']);
  }],
  ['choice question with one option', j => {
    const options = [...question(j, 'choice'), 'options'];
    get(j, options).splice(1);
    return pointer(options);
  }],
  ['yes-no question with options', j =>
    add(j, question(j, 'yes-no'), 'options', structuredClone(get(j, [...question(j, 'choice'), 'options'])))],
  ['scale question without max', j => remove(j, question(j, 'scale'), 'max')],
  ['date question with min', j => add(j, question(j, 'date'), 'min', 0)],
];

const accepted = [
  ['resident bar 1 (upper bound)', j => set(j, [...resident(j), 'bar'], 1)],
  ['resident bar 0.01', j => set(j, [...resident(j), 'bar'], 0.01)],
  ['domain weight 0.5', j => set(j, ['domains', 0, 'weight'], 0.5)],
  ['rating band minScore 1 (upper bound)', j => set(j, ['policy', 'ratingBands', 0, 'minScore'], 1)],
  ['institution standard without bar', j => {
    if ('bar' in object(j, institution(j))) {
      throw new Error('the institution standard in minimal.yaml has a bar; update the variant');
    }
  }],
  ['optional keys present', j => {
    add(j, [], 'description', text());
    add(j, ['instruments', 0, 'questions', 0], 'required', false);
    add(j, ['instruments', 0, 'questions', 0], 'help', text());
    add(j, resident(j), 'minimumSample', 5);
    add(j, resident(j), 'applicability', 'r.has_pressure_injury');
    add(j, resident(j), 'guidance', text());
    add(j, ['tracers', 0], 'description', text());
  }],
];

function checkVariants(validate) {
  let minimal;
  try {
    minimal = yamlFileToJson(minimalPath);
  } catch (error) {
    fail(`variants: cannot read ${display(minimalPath)}`, String(error.message ?? error).split('\n'));
    return;
  }

  for (const [name, change] of rejected) {
    const label = `variant rejected: ${name}`;
    try {
      const json = structuredClone(minimal);
      const at = change(json);
      const errors = errorsOf(validate, json);
      if (errors.some(e => e.at.includes(at))) {
        pass(`${label} (at ${at || '(root)'})`);
      } else if (errors.length === 0) {
        fail(label, `the schema accepted it; expected an error at ${at || '(root)'}`);
      } else {
        fail(label, [`expected an error at ${at || '(root)'}; the schema reported:`, ...errors.map(e => e.text)]);
      }
    } catch (error) {
      fail(label, String(error.message ?? error));
    }
  }

  for (const [name, change] of accepted) {
    const label = `variant accepted: ${name}`;
    try {
      const json = structuredClone(minimal);
      change(json);
      const errors = errorsOf(validate, json);
      if (errors.length === 0) {
        pass(label);
      } else {
        fail(label, errors.map(e => e.text));
      }
    } catch (error) {
      fail(label, String(error.message ?? error));
    }
  }
}

// ------------------------------------------------------------------------------------------------ run

checkYamlCoreSchema();
const validate = compileSchema();
if (validate) {
  const files = catalogFiles(catalogDir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) {
    fail(`files: no *.yaml catalog under ${display(catalogDir)}`, 'expected at least one shipped catalog');
  }

  for (const file of [minimalPath, ...files]) {
    checkFile(validate, file);
  }

  checkVariants(validate);
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
