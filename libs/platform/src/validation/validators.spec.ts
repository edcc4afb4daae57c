import 'reflect-metadata';
import { validate } from 'class-validator';
import { IsCreditCode, IsRegionCode, IsResidentIdNumber } from './validators';

class PersonDto {
  @IsResidentIdNumber()
  idNumber: unknown;
}

class OrganizationDto {
  @IsCreditCode()
  creditCode: unknown;

  @IsRegionCode()
  regionCode: unknown;
}

class CustomMessageDto {
  @IsResidentIdNumber({ message: '请填写本人身份证号码' })
  idNumber: unknown;
}

class ManyPeopleDto {
  @IsResidentIdNumber({ each: true })
  idNumbers: unknown;
}

async function messagesFor<T extends object>(dto: T): Promise<Record<string, Record<string, string>>> {
  const errors = await validate(dto);
  return Object.fromEntries(errors.map((error) => [error.property, error.constraints ?? {}]));
}

function person(idNumber: unknown): PersonDto {
  return Object.assign(new PersonDto(), { idNumber });
}

function organization(creditCode: unknown, regionCode: unknown): OrganizationDto {
  return Object.assign(new OrganizationDto(), { creditCode, regionCode });
}

describe('IsResidentIdNumber', () => {
  it.each(['11010519491231002X', '11010519491231002x', '141102199001010050'])('accepts %s', async (idNumber) => {
    expect(await messagesFor(person(idNumber))).toEqual({});
  });

  it.each([
    ['141102199001010051', '身份证号码校验位错误 / ID number check digit is wrong'],
    ['141102202302290120', '身份证号码中的出生日期无效 / ID number contains an impossible birth date'],
    ['14110219900101005', '身份证号码格式错误，应为18位（17位数字加1位数字或X） / ID number must be 18 characters: 17 digits then a digit or X'],
    [141102199001010050, '身份证号码格式错误，应为18位（17位数字加1位数字或X） / ID number must be 18 characters: 17 digits then a digit or X'],
    [undefined, '身份证号码格式错误，应为18位（17位数字加1位数字或X） / ID number must be 18 characters: 17 digits then a digit or X'],
    [null, '身份证号码格式错误，应为18位（17位数字加1位数字或X） / ID number must be 18 characters: 17 digits then a digit or X'],
  ])('rejects %p with a message naming the fault', async (idNumber, message) => {
    expect(await messagesFor(person(idNumber))).toEqual({ idNumber: { isResidentIdNumber: message } });
  });

  it.each(['141102199001010051', '141102202302290120', '14110219900101005', '99999919991231999X'])(
    'never puts %s, or any recognizable part of it, in the message',
    async (idNumber) => {
      const [error] = await validate(person(idNumber));
      const text = JSON.stringify(error.constraints);
      expect(text).not.toContain(idNumber);
      expect(text).not.toContain(idNumber.slice(6, 14));
      expect(text).not.toMatch(/\d{4,}/);
    },
  );

  it('lets a caller replace the message', async () => {
    const dto = Object.assign(new CustomMessageDto(), { idNumber: '141102199001010051' });
    expect(await messagesFor(dto)).toEqual({ idNumber: { isResidentIdNumber: '请填写本人身份证号码' } });
  });

  it('checks each element when asked to', async () => {
    const valid = Object.assign(new ManyPeopleDto(), { idNumbers: ['141102199001010050', '11010519491231002X'] });
    const oneBad = Object.assign(new ManyPeopleDto(), { idNumbers: ['141102199001010050', '141102199001010051'] });
    expect(await validate(valid)).toEqual([]);
    expect(Object.keys((await validate(oneBad))[0].constraints ?? {})).toEqual(['isResidentIdNumber']);
  });
});

describe('IsCreditCode', () => {
  it.each(['914403001922038216', '91440300708461136t'])('accepts %s', async (creditCode) => {
    expect(await messagesFor(organization(creditCode, '141102'))).toEqual({});
  });

  it.each([
    ['914403001922038217', '统一社会信用代码校验码错误 / credit code check character is wrong'],
    ['91440300I08461136T', expect.stringContaining('统一社会信用代码格式错误')],
    [914403001922038, expect.stringContaining('统一社会信用代码格式错误')],
  ])('rejects %p', async (creditCode, message) => {
    expect(await messagesFor(organization(creditCode, '141102'))).toEqual({ creditCode: { isCreditCode: message } });
  });

  it('does not put the code in the message', async () => {
    const [error] = await validate(organization('914403001922038217', '141102'));
    expect(JSON.stringify(error.constraints)).not.toContain('914403001922038217');
    expect(JSON.stringify(error.constraints)).not.toContain('1922038217');
  });
});

describe('IsRegionCode', () => {
  it.each(['140000', '141100', '141102', '140105'])('accepts %s', async (regionCode) => {
    expect(await messagesFor(organization('914403001922038216', regionCode))).toEqual({});
  });

  it.each(['141199', '140171', '14110', '1411000', 141102, null])('rejects %p', async (regionCode) => {
    expect(await messagesFor(organization('914403001922038216', regionCode))).toEqual({
      regionCode: {
        isRegionCode:
          '行政区划代码无效，应为本系统登记的6位行政区划代码 / region code must be a known 6-digit administrative division code',
      },
    });
  });
});
