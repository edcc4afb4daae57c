/** Reference data that ships with the product: national defaults, seeded and then configurable. */
export * from './national-default-routes';
