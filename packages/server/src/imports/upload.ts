import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/context';
import { AppError, badRequest } from '../http/problem';
import { MAX_UPLOAD_FILE_BYTES } from './source';

/**
 * Runs before the form validator: answers 415 for a body that is not multipart (rather than the generic
 * media-type error), 400 for a malformed one, and 413 for a file over the limit. The parsed form is cached
 * on the request, so the validator reuses it.
 */
export const multipartUpload: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!/^multipart\/form-data/i.test(c.req.header('content-type') ?? '')) {
    throw new AppError(415, 'unsupported_file', 'Envoyez le fichier en multipart/form-data, dans le champ « file ».');
  }
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw badRequest('malformed_form', 'Formulaire multipart illisible.');
  }
  const file = form.get('file');
  if (file instanceof File && file.size > MAX_UPLOAD_FILE_BYTES) {
    throw new AppError(413, 'upload_too_large', `Le fichier dépasse ${MAX_UPLOAD_FILE_BYTES / 1024 / 1024} Mo.`);
  }
  await next();
};

/** JSON routes: a clear 415 instead of the generic media-type error. */
export const jsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!/^application\/json/i.test(c.req.header('content-type') ?? '')) {
    throw new AppError(415, 'unsupported_media_type', 'Le corps doit être du JSON (application/json).');
  }
  await next();
};

const fileField = z
  .custom<File>((v) => v instanceof File, { message: 'Fichier attendu dans le champ « file ».' })
  .openapi({ type: 'string', format: 'binary' });

export const uploadForm = z.object({
  file: fileField,
  sheet: z.string().max(200).optional().openapi({ description: 'XLSX: sheet to read (the first by default)' }),
});

export const importForm = uploadForm.extend({
  mapping: z.string().max(20_000).optional().openapi({
    description: 'JSON object: column index (0-based) or exact header → field, or null to ignore a column. Defaults to the suggested mapping.',
  }),
  dryRun: z.enum(['true', 'false']).default('false'),
});

export async function fileBytes(file: File) {
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}
