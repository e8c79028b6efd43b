/**
 * Names that reach a JavaScript object's prototype instead of naming an entry of a map: a
 * scenario key, an override path's key or a history series (`{ __proto__: … }` sets the prototype,
 * and the entry is lost). Every place where input text becomes an object key refuses them.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
