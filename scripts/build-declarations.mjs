#!/usr/bin/env node
// The published packages' type declarations (`.d.ts` + `.d.ts.map`), next to the JavaScript that
// rollup.config.js builds: `npm run build` runs this after rollup (whose builds empty their folders).
// Each package says what to compile in its `tsconfig.build.json`; the SDK goes first, since the
// widgets' declarations are compiled against the SDK's built ones, as a user's compiler sees them.
//
// Why not plain `tsc -p`: the sources import each other with `.ts` extensions (the house style), and
// TypeScript copies those specifiers into the declarations as written (`rewriteRelativeImportExtensions`
// rewrites only the JavaScript). A user's compiler without `allowImportingTsExtensions` must see
// `./client.js`, so the emit rewrites relative `.ts` specifiers in the declaration syntax tree.
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const projects = ['packages/sdk/tsconfig.build.json', 'packages/widgets/tsconfig.build.json'];

/** `./client.ts` → `./client.js` (also `.mts`/`.cts`/`.tsx`); bare and already-`.js` specifiers stay. */
export function declarationSpecifier(specifier) {
  if (!/^\.\.?\//.test(specifier) || specifier.endsWith('.d.ts')) return specifier;
  return specifier.replace(/\.([mc]?)ts(x?)$/, (_, kind, jsx) => `.${kind}js${jsx}`);
}

/** Rewrites the module specifiers of imports, exports, `import("…")` types and module augmentations. */
function rewriteSpecifiers(context) {
  const { factory } = context;
  const literal = (node) => (node && ts.isStringLiteral(node) && declarationSpecifier(node.text) !== node.text ? factory.createStringLiteral(declarationSpecifier(node.text)) : undefined);
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && literal(node.moduleSpecifier)) {
      return factory.updateImportDeclaration(node, node.modifiers, node.importClause, literal(node.moduleSpecifier), node.attributes);
    }
    if (ts.isExportDeclaration(node) && literal(node.moduleSpecifier)) {
      return factory.updateExportDeclaration(node, node.modifiers, node.isTypeOnly, node.exportClause, literal(node.moduleSpecifier), node.attributes);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && literal(node.argument.literal)) {
      const argument = factory.updateLiteralTypeNode(node.argument, literal(node.argument.literal));
      return factory.updateImportTypeNode(node, ts.visitEachChild(argument, visit, context), node.attributes, node.qualifier, node.typeArguments, node.isTypeOf);
    }
    if (ts.isModuleDeclaration(node) && literal(node.name)) {
      return factory.updateModuleDeclaration(node, node.modifiers, literal(node.name), ts.visitEachChild(node.body, visit, context));
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => (ts.isSourceFile(file) ? ts.visitEachChild(file, visit, context) : file);
}

const formatHost = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};

/**
 * Emits what one project's tsconfig asks for (declarations only, or JavaScript too, as the server's
 * build does), with `.js` specifiers in the declarations; returns the diagnostics (empty when all went well).
 * `project` is a tsconfig path relative to the repository root.
 */
export function emitDeclarations(project) {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, project), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.formatDiagnostic(d, formatHost)); } });
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences });
  const checked = ts.getPreEmitDiagnostics(program);
  if (checked.length > 0) return checked;
  const { diagnostics } = program.emit(undefined, undefined, undefined, undefined, { afterDeclarations: [rewriteSpecifiers] });
  return diagnostics;
}

/** Emits a project, prints how long it took; exits the process on an error, printing the diagnostics. */
export function emitOrExit(project) {
  const started = Date.now();
  const diagnostics = emitDeclarations(project);
  if (diagnostics.length > 0) {
    console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost));
    console.error(`declarations of ${project}: ${diagnostics.length} error(s)`);
    process.exit(1);
  }
  console.log(`compiled ${relative(root, dirname(join(root, project)))} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const project of projects) emitOrExit(project);
}
