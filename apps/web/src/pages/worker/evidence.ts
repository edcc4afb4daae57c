import { api, unwrap } from '../../api/client';

/** Sends one evidence file as it is (PDF, JPEG, PNG); the API checks its type by content. */
export async function uploadEvidence(applicationId: string, file: File) {
  return unwrap(
    await api.POST('/api/v1/applications/{id}/files', {
      params: { path: { id: applicationId }, query: { filename: file.name } },
      body: file as unknown as string,
      bodySerializer: (body) => body as unknown as BodyInit,
      headers: { 'content-type': file.type || 'application/octet-stream' },
    }),
  );
}
