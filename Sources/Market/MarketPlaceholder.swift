// Placeholder until the market model lands.
