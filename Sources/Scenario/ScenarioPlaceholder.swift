// Placeholder until the scenario format lands.
