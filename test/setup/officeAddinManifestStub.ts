// Stands in for office-addin-manifest, which office-addin-mock imports but never needs in tests.
export {};
