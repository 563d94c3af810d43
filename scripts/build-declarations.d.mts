import type { Diagnostic } from 'typescript';
export declare function declarationSpecifier(specifier: string): string;
export declare function emitDeclarations(project: string): readonly Diagnostic[];
export declare function emitOrExit(project: string): void;
