import { describe, expect, it } from 'vitest';
import { findWebAddress } from './webAddress';

describe('findWebAddress', () => {
  it.each([
    ['见 https://pay.example.com/help', 'https://'],
    ['weixin://dl/business', 'weixin://'],
    ['www.example.org', 'www.'],
    ['官网 example.com.cn 查询', 'example.com.'],
    ['PAY.EXAMPLE.CN', 'PAY.EXAMPLE.CN'],
    ['ｗｗｗ．例子', 'www.'],
    ['例子.中国', '.中国'],
  ])('finds the address in %s', (text, found) => {
    expect(findWebAddress(text)).toContain(found);
  });

  it.each([
    '客服热线 400-123-4567 转 2',
    'Example Pay Services looks after your card terminal.',
    'Acme Co. Ltd.',
    'e.g. the S/N on the label',
    'v1.2 of the payment app',
    '示例支付服务',
  ])('finds none in %s', (text) => {
    expect(findWebAddress(text)).toBeNull();
  });
});
