// Every server entry point asks the policy module first: the first statement of each `load`, form action and
// request handler must call `authorize(…)` or `requireUser(…)` from src/lib/server/auth/policy.ts.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const GUARDS = new Set(['authorize', 'requireUser']);
const HANDLERS = new Set(['load', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'fallback']);

function routeFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return routeFiles(full);
		return /^\+(page|layout)\.server\.ts$|^\+server\.ts$/.test(name) ? [full] : [];
	});
}

function firstStatementGuards(fn: ts.FunctionLikeDeclaration): boolean {
	const body = fn.body;
	if (!body) return false;
	let expr: ts.Expression | undefined;
	if (!ts.isBlock(body)) expr = body;
	else {
		const first = body.statements[0];
		if (!first) return false;
		if (ts.isExpressionStatement(first)) expr = first.expression;
		else if (ts.isVariableStatement(first)) expr = first.declarationList.declarations[0]?.initializer;
	}
	while (expr && (ts.isAwaitExpression(expr) || ts.isParenthesizedExpression(expr))) expr = expr.expression;
	return Boolean(expr && ts.isCallExpression(expr) && ts.isIdentifier(expr.expression) && GUARDS.has(expr.expression.text));
}

function asFunction(node: ts.Node | undefined): ts.FunctionLikeDeclaration | undefined {
	if (!node) return undefined;
	if (ts.isSatisfiesExpression(node) || ts.isAsExpression(node)) return asFunction(node.expression);
	if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node))
		return node;
	return undefined;
}

/** Returns the names of the unguarded entry points in a route file. */
function unguarded(file: string): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const problems: string[] = [];
	let entryPoints = 0;
	const check = (name: string, node: ts.Node | undefined) => {
		entryPoints++;
		const fn = asFunction(node);
		if (!fn || !firstStatementGuards(fn)) problems.push(name);
	};
	for (const statement of source.statements) {
		const exported = ts.getModifiers(statement as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
		if (!exported) continue;
		if (ts.isFunctionDeclaration(statement) && statement.name && HANDLERS.has(statement.name.text)) {
			check(statement.name.text, statement);
		}
		if (!ts.isVariableStatement(statement)) continue;
		for (const decl of statement.declarationList.declarations) {
			if (!ts.isIdentifier(decl.name)) continue;
			const name = decl.name.text;
			if (HANDLERS.has(name)) check(name, decl.initializer);
			if (name === 'actions') {
				let init = decl.initializer;
				while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
				if (!init || !ts.isObjectLiteralExpression(init)) {
					problems.push('actions (not an object literal)');
					continue;
				}
				for (const prop of init.properties) {
					const propName = prop.name && ts.isIdentifier(prop.name) ? prop.name.text : '?';
					if (ts.isPropertyAssignment(prop)) check(`actions.${propName}`, prop.initializer);
					else if (ts.isMethodDeclaration(prop)) check(`actions.${propName}`, prop);
					else problems.push(`actions.${propName} (not a function literal)`);
				}
			}
		}
	}
	if (entryPoints === 0) problems.push('no entry point found (a server file must export load, actions or a handler)');
	return problems;
}

describe('route guards', () => {
	const files = routeFiles('src/routes');

	it('finds the route files', () => {
		expect(files.length).toBeGreaterThan(5);
	});

	it.each(files)('%s asks the policy module first in every entry point', (file) => {
		expect(unguarded(file)).toEqual([]);
	});

	it('flags an unguarded entry point', () => {
		const sample = path.join('test', 'unit', 'fixtures', 'unguarded-route.ts');
		expect(unguarded(sample)).toEqual(['load', 'actions.save']);
	});
});
