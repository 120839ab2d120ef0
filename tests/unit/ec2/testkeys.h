#pragma once

#include <QByteArray>

// Public halves of throwaway keys made with ssh-keygen for these tests (no private key is
// kept anywhere), with the fingerprints others compute for them: `openssl md5 -c` over the
// PKCS8 DER (as AWS documents for imported RSA keys), `ssh-keygen -l` (AWS for Ed25519) and
// moto's public_key_fingerprint().
namespace cd::test::keys {

inline const QByteArray rsa
    = "ssh-rsa "
      "AAAAB3NzaC1yc2EAAAADAQABAAABAQC7CNIe0arB7OCP3hkH1OJr6zvndk3dQozQiJj1ckJxrFWvxuQKGTJKK37"
      "+N7n9D2lgL8V/XsQLrU82o5oKYVa/OjaDY4tL06Z+wRDvT9o//I74h/rt+Cu/jdUTQI1p+T2LePUqFw1HXJIHuvyfa7d"
      "L+jlC9zOhsQAM4aY19aVdDlmW9o03OLKJ0nLC2LBzqFYYvx5KRMiVXCYMBiOFoSfj1Ewjly9/KRrYApgj/"
      "cqHL9M+QH6e"
      "bgF7dV+RLYWxW+QanxgJmouYFJJwhDouWWTMKCJ3ig2BuLt++/4WbiQJq3xCq25GXNXMyvwIjcEojhp4hdlKa/xoebF4"
      "fqDYcSpn rsa-test";
inline const QByteArray rsaMd5 = "44:86:16:63:6d:26:ef:d9:e6:7d:12:80:86:31:5d:2c";

inline const QByteArray rsaOther
    = "ssh-rsa "
      "AAAAB3NzaC1yc2EAAAADAQABAAABAQDaG12ZQMNzaP2J1efJBPcLlHHg5BM+i+LubhO102NljROtJQIeiMjNsk"
      "Qwvhr4+Ep/x2+/ferDd2gmKLnRVz3/cSvFQtjQJBbc17RsDuo4gHK+p+AgCvw1qs6qZ1V474OGpZEq19bQFYt2MRiQi/"
      "74wArkLAfQ+p2laH+QgWPJ/81bDGZD1FIM59ILWEo8dDys3LghybrkYuO7PraqXHwLnraapR4FNR4M6NE2S3TqMIbpNS"
      "KnwYv13RceN73yvV2+UEkzFBFR8grn7qzMEV2o0PtdJkDAPzLl4EX2CdzO7zFg8F9UdtoAHhquEdXXzCmyPXHXODVaBG"
      "BahVAecQ0h rsa-other";
inline const QByteArray rsaOtherMd5 = "8b:66:d8:fa:2b:9c:73:b0:7f:40:9a:e3:e1:2e:52:b2";

inline const QByteArray ed25519
    = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMnErFlWvwxv8Tg2n7YKwpE9VwQ2mcpHH+cIwZ1AjflE ed-test";
inline const QByteArray ed25519Sha256 = "pyeUHwnv/kjoGTwv+js5bPNEm6TgWnLyEtg5hoNqc6E";
inline const QByteArray ed25519Moto = "58:79:06:37:10:6c:8f:23:59:5b:b3:ba:e8:23:f7:f3:bf:24:71:08:"
                                      "e4:ea:01:ff:a9:d4:c4:a6:40:27:2e:4f";

inline const QByteArray ed25519Other
    = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIkyVHgMslmqls3lDP3ZZDottzUG0Ky3MUTDtPIiYpzp ed-other";

inline const QByteArray ecdsa
    = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEFeE94xE0NOU+AQvYh"
      "fRwGEyTC7Q/QQGYAoGAuqy7E4MGaYi6d++49dKDFP+d/Dj89vpZ2kQXj3HTTx3Lo5sWA= ec";

} // namespace cd::test::keys
