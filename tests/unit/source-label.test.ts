import { describe, expect, it } from 'vitest';
import { sourceLabel } from '../../src/lib/site/source-label.ts';

describe('sourceLabel', () => {
  it("names Microsoft's lookup page by its code", () => {
    expect(sourceLabel('https://login.microsoftonline.com/error?code=50126')).toBe("Microsoft's lookup for 50126");
    expect(sourceLabel('https://login.microsoftonline.com/error')).toBe("Microsoft's lookup for this code");
  });

  it('names other pages of the sign-in host, and error pages of other sites, by their path', () => {
    expect(sourceLabel('https://login.microsoftonline.com/common/oauth2/authorize')).toBe('login.microsoftonline.com: authorize');
    expect(sourceLabel('https://status.example.org/error?code=50126')).toBe('status.example.org: error');
  });

  it('names the error code reference', () => {
    expect(sourceLabel('https://learn.microsoft.com/entra/identity-platform/reference-error-codes')).toBe('Microsoft’s error code reference');
  });

  it('names a Learn page by the words of its last path segment, without its page type', () => {
    expect(sourceLabel('https://learn.microsoft.com/entra/identity/monitoring-health/howto-troubleshoot-sign-in-errors')).toBe('Learn: troubleshoot sign in errors');
    expect(sourceLabel('https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-grant/')).toBe('Learn: conditional access grant');
    expect(sourceLabel('https://learn.microsoft.com/entra/identity/devices/hybrid-join-troubleshoot-windows')).toBe('Learn: hybrid join troubleshoot windows');
    expect(sourceLabel('https://learn.microsoft.com/entra/identity-platform/reference-claims__customization')).toBe('Learn: claims customization');
  });

  it('keeps the dots of an API name, and drops only a file type', () => {
    expect(sourceLabel('https://learn.microsoft.com/dotnet/api/microsoft.identity.client.msaluirequiredexception')).toBe(
      'Learn: microsoft.identity.client.msaluirequiredexception',
    );
    expect(sourceLabel('https://learn.microsoft.com/dotnet/api/system.web.mvc.html.formextensions')).toBe('Learn: system.web.mvc.html.formextensions');
    expect(sourceLabel('https://www.rfc-editor.org/rfc/rfc6749.html')).toBe('rfc-editor.org: rfc6749');
    expect(sourceLabel('https://example.org/docs/saml.setup.htm')).toBe('example.org: saml.setup');
    expect(sourceLabel('https://example.org/guides/sign%20in%20help.pdf')).toBe('example.org: sign in help');
  });

  it('names a site by its host without www, also when the link is to the site itself', () => {
    expect(sourceLabel('https://www.example.org/')).toBe('example.org');
    expect(sourceLabel('https://entra.microsoft.com')).toBe('entra.microsoft.com');
    expect(sourceLabel('https://wwwexample.org/help')).toBe('wwwexample.org: help');
    expect(sourceLabel('https://archive.www.example.org/help')).toBe('archive.www.example.org: help');
  });
});
