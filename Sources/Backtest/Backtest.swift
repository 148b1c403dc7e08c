// Placeholder until the closed loop lands.
