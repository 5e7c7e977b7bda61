// The dictionary model, loaders and compiled matchers.
