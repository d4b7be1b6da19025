import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/**
 * Checks responses against the OpenAPI document the app publishes: every JSON response a test
 * receives must match the schema documented for its route and status, and every problem+json
 * response the Problem schema.
 */
export interface ResponseValidator {
  (method: string, path: string, status: number, contentType: string, body: unknown): void;
}

interface Operation {
  method: string;
  pattern: RegExp;
  template: string;
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}

export function responseValidator(spec: any): ResponseValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ $id: "spec", components: spec.components });
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries<any>(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    for (const [method, op] of Object.entries<any>(item)) {
      operations.push({
        method: method.toUpperCase(),
        pattern,
        template,
        responses: op.responses ?? {},
      });
    }
  }
  const compiled = new Map<object, ValidateFunction>();
  const compile = (schema: object) => {
    let validate = compiled.get(schema);
    if (!validate) {
      const rebased = JSON.parse(
        JSON.stringify(schema).replaceAll('"#/components/', '"spec#/components/'),
      );
      validate = ajv.compile(rebased);
      compiled.set(schema, validate);
    }
    return validate;
  };
  const problem = compile(spec.components.schemas.Problem);

  return (method, path, status, contentType, body) => {
    const check = (validate: ValidateFunction, what: string) => {
      if (!validate(body)) {
        throw new Error(
          `${method} ${path} → ${status}: the body does not match ${what} in /openapi.json: ${ajv.errorsText(validate.errors)}`,
        );
      }
    };
    if (contentType.includes("application/problem+json"))
      return check(problem, "the Problem schema");
    if (!contentType.includes("application/json")) return;
    const operation = operations.find((op) => op.method === method && op.pattern.test(path));
    if (!operation) return;
    const documented = operation.responses[String(status)];
    if (!documented)
      throw new Error(
        `${method} ${path} answered ${status}, which ${operation.template} does not document.`,
      );
    const schema = documented.content?.["application/json"]?.schema;
    if (schema) check(compile(schema), `the ${status} response of ${method} ${operation.template}`);
  };
}
