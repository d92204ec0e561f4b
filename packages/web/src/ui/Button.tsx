import { Button as AriaButton, Link as AriaLink, type ButtonProps as AriaButtonProps, type LinkProps } from 'react-aria-components';

export type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

const classes = (variant: Variant, small?: boolean, extra?: string) =>
  ['btn', variant !== 'primary' && `btn--${variant}`, small && 'btn--small', extra].filter(Boolean).join(' ');

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  variant?: Variant;
  small?: boolean;
  className?: string;
}

export function Button({ variant = 'primary', small, className, ...rest }: ButtonProps) {
  return <AriaButton className={classes(variant, small, className)} {...rest} />;
}

export interface ButtonLinkProps extends Omit<LinkProps, 'className'> {
  variant?: Variant;
  small?: boolean;
  className?: string;
}

/** A link that looks like a button (navigation, downloads). Internal hrefs navigate client-side. */
export function ButtonLink({ variant = 'secondary', small, className, ...rest }: ButtonLinkProps) {
  return <AriaLink className={classes(variant, small, className)} {...rest} />;
}
