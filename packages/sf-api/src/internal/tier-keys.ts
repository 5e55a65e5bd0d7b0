import type { DatabaseClient, NamespaceKey__Output } from '@sf/database-client';
import type { KeyRecord, KeyStore } from './keys.js';

const record = (k: NamespaceKey__Output): KeyRecord => ({ keyName: k.key_name, keyHash: k.key_hash, nonce: k.nonce });

/** The KeyStore of a real cluster: namespace keys and trusts in the sf-database tier. */
export function tierKeyStore(db: DatabaseClient): KeyStore {
  const ns = db.namespaces;
  return {
    get: async (namespace, keyName) => record(await ns.getKey(namespace, keyName)),
    list: async (namespace) => (await ns.listKeys(namespace)).map(record),
    set: async (namespace, keyName, keyHash, maxKeys, options) => record(await ns.setKeyCapped(namespace, keyName, keyHash, maxKeys, options)),
    delete: (namespace, keyName, options) => ns.deleteKey(namespace, keyName, options),
    trusts: (namespace) => ns.listTrusts(namespace),
    addTrust: (namespace, trusted, options) => ns.addTrust(namespace, trusted, options),
    removeTrust: (namespace, trusted, options) => ns.removeTrust(namespace, trusted, options),
  };
}
