#ifndef VITRINE_CCRYPTO_SHIM_H
#define VITRINE_CCRYPTO_SHIM_H
#include <stddef.h>
#include <stdint.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

/* The system's libcrypto (OpenSSL 3), already loaded through libcurl. These wrappers fix the
   digest to SHA-256 and give Swift plain byte-pointer signatures; the rest is called as is. */

static inline int vitrine_sha256_init(EVP_MD_CTX *context)
{ return EVP_DigestInit_ex(context, EVP_sha256(), NULL); }

static inline int vitrine_hmac_sha256(const void *key, int key_length, const uint8_t *message,
                                      size_t message_length, uint8_t out[32])
{
  unsigned int written = 0;
  return HMAC(EVP_sha256(), key, key_length, message, message_length, out, &written) != NULL && written == 32;
}

static inline int vitrine_pbkdf2_sha256(const char *password, int password_length, const uint8_t *salt,
                                        int salt_length, int iterations, uint8_t *out, int out_length)
{
  return PKCS5_PBKDF2_HMAC(password, password_length, salt, salt_length, iterations, EVP_sha256(),
                           out_length, out);
}
#endif
