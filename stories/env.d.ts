// Vite's module types for the stories and .storybook/: `?raw` imports (the contract's YAML).
/// <reference types="vite/client" />
