import { InternalError, NotFoundError, ValidationError, type SfErrorOptions } from '@sf/common';

/** An image is neither qcow2 nor raw, or is not a disk image at all. */
export class ImageFormatError extends ValidationError {
  constructor(message: string, options: SfErrorOptions = {}) {
    super(message, { ...options, code: 'SF_ERR_VALIDATION_IMAGE_FORMAT' });
  }
}

export class ImageNotFoundError extends NotFoundError {
  constructor(sha256: string) {
    super(`base image ${sha256} is not in this node's image cache`, { code: 'SF_ERR_NOT_FOUND_IMAGE', details: { sha256 } });
  }
}

export class DiskSizeError extends ValidationError {
  constructor(message: string, details: Record<string, unknown>) {
    super(message, { code: 'SF_ERR_VALIDATION_DISK_SIZE', details });
  }
}

/** A bad field in an instance spec; the code names the field's area. */
export class InstanceSpecError extends ValidationError {
  constructor(message: string, what: 'MAC' | 'SPEC') {
    super(message, { code: `SF_ERR_VALIDATION_${what}` });
  }
}

export class InstanceNotFoundError extends NotFoundError {
  constructor(uuid: string) {
    super(`instance ${uuid} has no domain on this node`, { code: 'SF_ERR_NOT_FOUND_INSTANCE', details: { instance_uuid: uuid } });
  }
}

/** A disk left by an earlier create has another base than the spec asks for; disks never change base. */
export class DiskBaseError extends ValidationError {
  constructor(message: string, details: Record<string, unknown>) {
    super(message, { code: 'SF_ERR_VALIDATION_DISK_BASE', details });
  }
}

/** An image id that is not a sha256 digest; refused before it is used as a file name. */
export class ImageIdError extends ValidationError {
  constructor(sha256: string) {
    super(`image id ${JSON.stringify(sha256)} is not a sha256 digest (64 lower-case hex digits)`, { code: 'SF_ERR_VALIDATION_IMAGE_ID' });
  }
}

/** A file of the node's state could not be read or written; the original error is the cause. */
export class HostFileError extends InternalError {
  constructor(message: string, path: string, cause: unknown) {
    super(message, { code: 'SF_ERR_INTERNAL_HOST_FILE', details: { path }, cause });
  }
}

/** libvirt or a host tool failed; the original error is the cause. */
export class HypervisorError extends InternalError {
  constructor(message: string, cause: unknown, details?: Record<string, unknown>) {
    super(message, { code: 'SF_ERR_INTERNAL_HYPERVISOR', cause, details });
  }
}
