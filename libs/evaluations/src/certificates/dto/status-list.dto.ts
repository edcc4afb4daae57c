import { ApiProperty } from '@nestjs/swagger';

export class BitstringStatusListDto {
  @ApiProperty({ example: 'https://skills.example/api/v1/public/evaluation-bodies/6b0d1f2e-3c4a-4b5c-8d6e-7f8091a2b3c4/status-list#list' }) id: string;
  @ApiProperty({ enum: ['BitstringStatusList'] }) type: 'BitstringStatusList';
  @ApiProperty({ enum: ['revocation'] }) statusPurpose: 'revocation';
  @ApiProperty({
    description: 'GZIP-compressed bitstring of at least 131,072 entries, multibase base64url (prefix `u`); bit i (most significant bit first) is set when the certificate at statusListIndex i is revoked',
    example: 'uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA',
  })
  encodedList: string;
}

/** W3C Bitstring Status List v1.0: the revocation status of every credential an evaluation body issued. */
export class BitstringStatusListCredentialDto {
  @ApiProperty({ type: [String], example: ['https://www.w3.org/ns/credentials/v2'] }) '@context': string[];
  @ApiProperty({ example: 'https://skills.example/api/v1/public/evaluation-bodies/6b0d1f2e-3c4a-4b5c-8d6e-7f8091a2b3c4/status-list' }) id: string;
  @ApiProperty({ type: [String], example: ['VerifiableCredential', 'BitstringStatusListCredential'] }) type: string[];
  @ApiProperty({ description: 'The evaluation body (its Open Badges issuer profile URL)' }) issuer: string;
  @ApiProperty({ format: 'date-time', description: 'When this answer was made: the list is current as of then' }) validFrom: string;
  @ApiProperty({ type: BitstringStatusListDto }) credentialSubject: BitstringStatusListDto;
}
