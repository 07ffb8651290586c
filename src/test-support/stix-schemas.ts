/**
 * Test support: validates STIX output against the OASIS STIX 2.1 JSON schemas kept in
 * ../shared/stix2-schemas beside the repository (never copied into it). A missing folder fails the
 * tests with where it was looked for: CI has it, and a skipped check would prove nothing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Where the schemas are: `<repo>/../shared/stix2-schemas/schemas`. */
export const STIX_SCHEMAS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'stix2-schemas', 'schemas');

const SCHEMA_BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/';

let validators: { bundle: ValidateFunction; byType: Map<string, ValidateFunction> } | undefined;

function load() {
  if (validators) return validators;
  if (!existsSync(STIX_SCHEMAS_DIR)) {
    throw new Error(`The OASIS STIX 2.1 schemas are not at ${STIX_SCHEMAS_DIR}. Put the shared folder beside the repository (../shared/stix2-schemas), as CI has it.`);
  }
  // The schemas' patterns use escapes such as `\-` that JavaScript rejects in Unicode mode (the
  // shared README warns of it); `strict: false` because they also carry keywords Ajv does not know.
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv);
  for (const folder of readdirSync(STIX_SCHEMAS_DIR)) {
    for (const file of readdirSync(path.join(STIX_SCHEMAS_DIR, folder)).filter((name) => name.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(path.join(STIX_SCHEMAS_DIR, folder, file), 'utf8')) as object;
      ajv.addSchema(folder === 'common' && file === 'bundle.json' ? withEverySdo(schema) : schema);
    }
  }
  const compile = (name: string) => {
    const validate = ajv.getSchema(`${SCHEMA_BASE}${name}`);
    if (!validate) throw new Error(`No STIX schema ${name} in ${STIX_SCHEMAS_DIR}`);
    return validate;
  };
  const byType = new Map<string, ValidateFunction>();
  for (const type of ['identity', 'intrusion-set', 'malware', 'location', 'report']) byType.set(type, compile(`sdos/${type}.json`));
  byType.set('relationship', compile('sros/relationship.json'));
  validators = { bundle: compile('common/bundle.json'), byType };
  return validators;
}

interface BundleSchema {
  properties: {
    objects: {
      items: { anyOf: [{ oneOf: { $ref: string }[] }, { allOf: [unknown, { properties: { type: { not: { enum: string[] } } } }] }] };
    };
  };
}

/**
 * bundle.json lists the objects a bundle may hold, and at this commit it leaves out five STIX 2.1
 * SDOs: location, grouping, incident, note and opinion (the same slip as upstream issue #133 for
 * infrastructure). A bundle with a location then fails although every object in it is valid. The
 * missing SDO schemas are added to the list in memory, and to the types a custom object may not
 * take, so a broken location is still refused by location.json rather than passing as custom.
 * Nothing is added once the shared schemas list them.
 */
function withEverySdo(schema: object): object {
  const bundle = structuredClone(schema) as BundleSchema;
  const [known, custom] = bundle.properties.objects.items.anyOf;
  const reserved = custom.allOf[1].properties.type.not.enum;
  const listed = new Set(known.oneOf.map((entry) => entry.$ref));
  for (const file of readdirSync(path.join(STIX_SCHEMAS_DIR, 'sdos')).filter((name) => name.endsWith('.json'))) {
    if (listed.has(`../sdos/${file}`)) continue;
    known.oneOf.push({ $ref: `../sdos/${file}` });
    const type = file.replace(/\.json$/, '');
    if (!reserved.includes(type)) reserved.push(type);
  }
  return bundle;
}

function describeErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${where}${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

/**
 * The schema errors of a bundle: the bundle schema, then each object against its own type's schema
 * (whose errors name the property, where the bundle's oneOf only says "no branch matched").
 * Empty when the bundle is valid.
 */
export function stixSchemaErrors(bundle: unknown): string[] {
  const { bundle: validateBundle, byType } = load();
  const errors = validateBundle(bundle) ? [] : describeErrors('bundle', validateBundle.errors);
  const objects = (bundle as { objects?: { type?: string; id?: string }[] }).objects ?? [];
  for (const object of objects) {
    const validate = byType.get(object.type ?? '');
    const where = object.id ?? '?';
    if (!validate) errors.push(`${where}: no schema for type ${object.type}`);
    else if (!validate(object)) errors.push(...describeErrors(where, validate.errors));
  }
  return errors;
}

/**
 * References that point at nothing in the bundle: the schemas check only an id's shape. Each error
 * names the object and the reference. Empty when every reference resolves.
 */
export function stixReferenceErrors(bundle: unknown): string[] {
  const objects = (bundle as { objects?: { id?: string; object_refs?: string[]; source_ref?: string; target_ref?: string; created_by_ref?: string }[] }).objects ?? [];
  const ids = new Set(objects.map((object) => object.id));
  const errors: string[] = [];
  for (const object of objects) {
    const refs = [...(object.object_refs ?? []), object.source_ref, object.target_ref, object.created_by_ref].filter((ref): ref is string => ref !== undefined);
    for (const ref of refs) if (!ids.has(ref)) errors.push(`${object.id ?? '?'} refers to ${ref}, which is not in the bundle`);
  }
  return errors;
}
