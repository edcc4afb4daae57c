import { LevelDigit, levelDigitForRank, NationalRankCode } from '../rules/certificate-number';
import { parseIsoDate, rankLabel } from '@skill-ladder/vocabulary';

/*
 * What a certificate (职业技能等级证书, 人社鉴发〔2021〕1号) prints and how its serial is keyed.
 * Pure functions: the service, the PDF, the export and the credential all word fields the same way.
 */

export const CERTIFICATE_TITLE = '职业技能等级证书';
export const CERTIFICATE_TITLE_EN = 'Vocational Skill Level Certificate';

export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const CERTIFICATE_STATUS_LABELS: Readonly<Record<CertificateStatus, string>> = Object.freeze({
  valid: '有效 / Valid',
  revoked: '已撤销 / Revoked',
});

export const CERTIFICATE_ROUTES = ['campaign', 'competition'] as const;
/** campaign: 认定计划; competition: 以赛代评. */
export type CertificateRoute = (typeof CERTIFICATE_ROUTES)[number];

/** Persons are registered with a resident ID card only; the column takes other types when they come. */
export const ID_TYPES = ['resident_id'] as const;
export type IdType = (typeof ID_TYPES)[number];
export const ID_TYPE_LABELS: Readonly<Record<IdType, string>> = Object.freeze({ resident_id: '居民身份证' });

/** Printed where a certificate has no work type (工种). */
export const NO_WORK_TYPE = '--';

/** The level as the certificate writes it: `三级/高级工`. */
export function levelLabel(rank: NationalRankCode): string {
  return rankLabel(rank);
}

/**
 * Where anyone checks a certificate nationally (全国联网查询), printed on it as text: the
 * evaluation body's records reach the national 技能人才评价证书 database.
 */
export const NATIONAL_QUERY_SITES: readonly string[] = Object.freeze([
  '技能人才评价证书全国联网查询：http://zscx.osta.org.cn',
  '人力资源和社会保障部网站：http://www.mohrss.gov.cn',
  '“掌上12333” App、电子社保卡',
]);

export function workTypeLabel(workType: string | null): string {
  return workType ?? NO_WORK_TYPE;
}

/** The counter a serial is taken from: 证书序列码 runs per body, issue year (核发年份) and level. */
export interface SerialKey {
  year: number;
  levelDigit: LevelDigit;
}

export function serialKeyFor(issuedOn: string, rank: NationalRankCode): SerialKey {
  return { year: parseIsoDate(issuedOn, 'issuedOn').year, levelDigit: levelDigitForRank(rank) };
}

/**
 * The web app's verification page (查验), reachable without sign-in, with the number filled in;
 * the QR code carries the holder's name too, as printed beside it, so a scan answers at once.
 */
export function verificationUrl(publicBaseUrl: string, certificateNumber: string, holderName?: string): string {
  const query = new URLSearchParams({ number: certificateNumber });
  if (holderName !== undefined) query.set('name', holderName);
  return `${publicBaseUrl.replace(/\/+$/, '')}/verify?${query.toString().replace(/\+/g, '%20')}`;
}

/** The evaluation body as a credential issuer; its JWKS is published below this URL. */
export function issuerUrl(publicBaseUrl: string, organizationId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/api/v1/public/evaluation-bodies/${organizationId}`;
}

export function jwksUrl(publicBaseUrl: string, organizationId: string): string {
  return `${issuerUrl(publicBaseUrl, organizationId)}/jwks.json`;
}

export function statusListUrl(publicBaseUrl: string, organizationId: string): string {
  return `${issuerUrl(publicBaseUrl, organizationId)}/status-list`;
}
