import type { ZodError } from "zod";

/** What went wrong, in terms the faces (REST, GraphQL) map to their own status codes. */
export type ErrorKind =
  | "validation"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "too_large"
  | "rate_limited";

export interface FieldError {
  path: string;
  message: string;
}

/** The one error type of the domain: a kind, a stable code and a message safe to show a client. */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) =>
  new AppError("not_found", "not_found", `${what} not found`);

export const conflict = (message: string) => new AppError("conflict", "version_conflict", message);

export const invalid = (message: string, errors: FieldError[] = []) =>
  new AppError("validation", "invalid_input", message, errors);

/**
 * Dotted paths ("actions.0.points.2") for each issue of a zod error. An unknown field is named
 * by its own path ("context.mood"), one error per field, not by the object that holds it.
 */
export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          path: [...issue.path, key].map(String).join("."),
          message: `Unknown field "${key}"`,
        }))
      : [{ path: issue.path.map(String).join("."), message: issue.message }],
  );
}

export function fromZod(error: ZodError): AppError {
  return invalid("The request did not pass validation.", fieldErrors(error));
}

/** The most field errors a problem lists; the rest are counted in one last entry. */
export const maxFieldErrors = 100;

/**
 * At most `maxFieldErrors` field errors, the rest counted in a last entry: a huge invalid input
 * gets a short answer instead of one entry per bad value.
 */
export function capFieldErrors(errors: FieldError[]): FieldError[] {
  if (errors.length <= maxFieldErrors) return errors;
  const more = errors.length - maxFieldErrors;
  return [
    ...errors.slice(0, maxFieldErrors),
    { path: errors[maxFieldErrors]!.path, message: `…and ${more} more errors like these.` },
  ];
}
