import fc from 'fast-check'

/** Nested lists and maps of `scalar`s under `key`s, a few deep: data to write as YAML. */
export function yamlData(
  key: fc.Arbitrary<string>,
  scalar: fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  return fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  })).node
}
