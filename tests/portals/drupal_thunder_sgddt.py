"""Sở GD&ĐT tỉnh Lâm Đồng on Drupal 10 with the Thunder distribution (blind fixture portal).

Platform
    Drupal 10.3 + Thunder 7 (Thunder base theme under a vendor sub-theme ``sgd_lamdong`` built by
    a local web company: Vietnamese abbreviations in its class names, ``kt-bv`` = khung bài viết,
    ``noidung-bv-<nid>`` numbered ids). Articles are Thunder ``article`` nodes: title, a channel
    (taxonomy "Kênh"), teaser text and teaser media (shown only in listings), tags, and a list of
    paragraphs (text, image, gallery, quote, instagram, twitter, link). Page cache on, no BigPipe
    for anonymous visitors, metatag, pathauto, Thunder AMP.

URL scheme
    ``/``                              home: "Tin nổi bật" slider, "Tin mới", channel blocks
    ``/tin-tuc``                       view of the "Tin tức" channel and its children, 4 a page,
                                       full pager, zero-based: ``?page=1`` is the second page,
                                       "« Đầu" links ``?page=0`` (the first page again)
    ``/chuyen-muc/<term>``             channel term pages (pathauto alias of /taxonomy/term/N),
                                       3 a page, *mini* pager (only ‹‹ / ›› links, ``?page=N``)
    ``/tin-tuc/<slug>``                every article, whatever its channel (pathauto pattern
                                       ``tin-tuc/[node:title]``; a clash gets ``-0``)
    ``/node/<nid>``                    the same article, unaliased (200, canonical -> alias)
    ``/tin-tuc/<slug>?amp``            the Thunder AMP twin (``<link rel="amphtml">``)
    ``/tags/<term>``                   tag listings (not articles)
    ``/gioi-thieu/…``, ``/lien-he``    basic pages, webform (not articles)
    ``/van-ban``, ``/van-ban/<slug>``  documents listing and a document entry
    ``/thu-vien-anh``, ``/thu-vien-anh/<slug>``, ``/video/<slug>``, ``/lich-cong-tac/<slug>``
    ``/tim-kiem?keys=…``               search (GET form in the header)
    ``/rss.xml``, ``/robots.txt``      Drupal's front-page feed, Drupal's default robots.txt
    ``/sites/default/files/…``, ``/themes/…``, ``/core/…``   images, styles, scripts

Page templates
    Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), banner, main menu with
    drop-downs ("Giới thiệu" is a ``<nolink>`` span), breadcrumb, right sidebar (search, "Đọc
    nhiều nhất", a hand-made "Tiêu điểm" custom block linking ``/node/1470``, "Liên kết website"
    select, video, poll form, visitor counter "Đang online / Hôm nay / Tổng truy cập"), footer.
    Article page: channel label, title, meta line (``<time datetime>`` in UTC, "Người đăng:" CMS
    account, "Lượt xem"), tool bar (A-/A+, In bài, Gửi email), teaser text (the sapo) in its own
    element, the paragraphs, attachments, "Cập nhật lần cuối", tags, share buttons, then a
    "Tin cùng chuyên mục" block (the 2 newest other articles of the channel).

How each gold article is reached (channel -> listing)
    A 1482 Giáo dục Trung học   home slider / "Tin mới" / /tin-tuc / channel page
    B 1478 Hoạt động ngành      home slider / "Tin mới" / /tin-tuc
    J 1480 Thông báo            home slider / "Thông báo" block / /chuyen-muc/thong-bao
    C 1475 Mầm non - Tiểu học   home "Tin mới" / /tin-tuc
    K 1472 Thông báo            home "Tin mới" / "Thông báo" block
    M2 1474, M1 1452 Chuyển đổi số   home "Chuyển đổi số" block / channel page
    D 1470 Hoạt động ngành      /tin-tuc page 1 / "Tiêu điểm" (as /node/1470) / most read
    F 1461 Mầm non - Tiểu học   most read / /tin-tuc?page=1 / channel page
    E 1466, H 1449 Giáo dục Trung học   /tin-tuc?page=1, the channel page, A's "Tin cùng
                                       chuyên mục"
    G 1455 Hoạt động ngành      /tin-tuc?page=1, the channel page, B's "Tin cùng chuyên mục"
    I 1441 Hoạt động ngành      only /tin-tuc?page=2 or /chuyen-muc/hoat-dong-nganh?page=1

Traps
    1. Zero-based Drupal pager with query-only hrefs: ``href="?page=1"`` is labelled "2";
       "« Đầu" and "1" link ``?page=0`` (the first page twice); channel pages carry a mini
       pager that prints only "‹‹" / "Trang 2" / "››". Gold: article I exists only behind
       ``?page=2`` of /tin-tuc or ``?page=1`` of its channel; listings are no articles.
    2. One article, three addresses: the alias ``/tin-tuc/<slug>``, ``/node/<nid>`` (linked by
       the editors' "Tiêu điểm" block and by link paragraphs, printed as ``rel="shortlink"``)
       and the AMP twin ``?amp``. Gold: path = the alias (the canonical); the other two are
       ``alt_paths``.
    3. Two different articles with the very same title, "Hội nghị tập huấn công tác chuyển đổi
       số trong giáo dục" (27/10 for THCS-THPT, 26/11 for mầm non-tiểu học), at ``…-giao-duc``
       and ``…-giao-duc-0``; one links the other in a "Xem thêm" paragraph. Gold: two records.
    4. The URL says /tin-tuc/ for every article, notices and digital-transformation news
       included; the section is the Thunder channel the breadcrumb prints. Gold category =
       the last breadcrumb crumb ("Thông báo", "Chuyển đổi số", "Giáo dục Trung học" …), never
       "Tin tức" for a child channel.
    5. Dates: ``<time datetime>`` is UTC ("…Z"); article C, scheduled for 06:00, carries
       ``datetime="2026-11-27T23:00:00Z"``: the previous day. "Cập nhật lần cuối" (changed) and
       the header's today are no publication dates; H was published at "00:00". Gold: local
       times with +07:00 (C = 2026-11-28T06:00:00+07:00), H = "2026-10-22" (day only).
    6. Notice J is an official document pasted into a text paragraph: letterhead table, "THÔNG
       BÁO / Về việc …", "Nơi nhận" and signature table, file attachment field. Its node was
       created 01/12 08:15, the letterhead says 30/11. Gold: date "2026-11-30", author the
       signer "Nguyễn Văn Hiệp", body without letterhead, kind/subject, closing, attachment.
    7. "Người đăng: bientap.sgd" in the meta line is the Drupal account; the real byline is the
       right-aligned last line of the text ("Phòng GDTrH", "Tin, ảnh: …", "Tin: X - Ảnh: Y",
       "ThS. Trần Văn Dũng - Phó Trưởng phòng GDTrH", "Nguyễn Thị Mỹ Linh (Trường MN …)").
    8. Media captions: the image's description is the caption, the media copyright field
       "© Ảnh: X" under it is a credit (photographer), a description "(…)" loses its
       parentheses, a description that is only "Ảnh: X" is no caption. ``alt`` holds camera
       file names ("DSC_0412").
    9. Gallery paragraph = Slick slider with blazy lazy loading: ``src`` is an SVG data URI,
       the photo is in ``data-src``; a thumbnail nav strip repeats every photo in the
       ``thumbnail`` style. Gold: each photo once, its ``data-src`` (image-style path with
       ``?itok=``), in slide order.
   10. Social embeds: the Instagram paragraph prints "Xem bài viết này trên Instagram" and the
       account line, the Twitter paragraph a ``blockquote.twitter-tweet`` with the tweet's text
       and date. Gold: not body (third-party widgets), unlike the Thunder quote paragraph
       (``blockquote.trichdan``), which is body. "Xem thêm:" link paragraphs are not body.
   11. Pasted text: E comes from Word (``MsoListParagraphCxSp…`` with ``mso-list:Ignore``
       numbers "1." … "4.", empty ``<o:p>&nbsp;</o:p>`` paragraphs, an editor-typed "- "), D
       from Facebook (an emoji drawn as ``<img alt="👉">`` opening two lines), F typed with
       "Unicode tổ hợp" (decomposed, NFD). Gold: list text without the numbers, "- " kept, no
       "👉" (a bullet), NFC text.
   12. Sapo: the Thunder teaser text is printed above the paragraphs in its own element (and
       again in listings and the meta description). E has no teaser (the meta description is an
       automatic trim of its first paragraph) and J none; K's editor bolded a lead paragraph.
       Gold: summary = teaser for the teaser ones, K's bold lead, null for E and J.
   13. Chrome that reads like content: the header date, "Tin cùng chuyên mục", the poll, the
       visitor counter, tags, "Tệp đính kèm" and the share bar. None of it is body.

Gold decisions on ambiguous points
    * category = the channel (the breadcrumb's last crumb before the title), not its parent.
    * A table in the text: one paragraph per row, header row included, cells joined " | ".
    * A ``<br>`` in a text paragraph splits it (F, K).
    * The Thunder quote paragraph's text is a body paragraph; embeds are not (trap 10).
    * A caption line "Ảnh: X" with nothing else names a photographer: X is in photographers.
    * "Theo Báo Lâm Đồng" closing F is its source; "Theo kế hoạch, …" in H is text.
    * A byline naming a unit alone ("Phòng GDTrH", "Văn phòng Sở", "Thanh tra Sở",
      "Phòng GDMN-GDTH") is the author as printed.
    * J: date = the letterhead's day, authors = [signer], summary null; the line "Chi tiết …
      xem tại tệp đính kèm." is the notice's own sentence (body); the attachment link is not.
    * Images are the article's own photos; the teaser media of the listings and the emoji
      pictures are not; paths are the printed image-style URLs with their ``itok`` query.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "drupal_thunder_sgddt"
PLATFORM = "drupal_thunder"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
NEWS_PER_PAGE = 4
CHANNEL_PER_PAGE = 3

# channel key -> (term id, name, path, parent key or None)
CHANNELS: dict[str, tuple[int, str, str, str | None]] = {
    "tt": (2, "Tin tức", "/tin-tuc", None),
    "hdn": (5, "Hoạt động ngành", "/chuyen-muc/hoat-dong-nganh", "tt"),
    "mnth": (6, "Giáo dục Mầm non - Tiểu học", "/chuyen-muc/giao-duc-mam-non-tieu-hoc", "tt"),
    "gdtrh": (7, "Giáo dục Trung học", "/chuyen-muc/giao-duc-trung-hoc", "tt"),
    "tb": (9, "Thông báo", "/chuyen-muc/thong-bao", None),
    "cds": (11, "Chuyển đổi số", "/chuyen-muc/chuyen-doi-so", None),
}
TAGS = {
    "hoc-sinh-gioi": "học sinh giỏi",
    "nam-hoc-2026-2027": "năm học 2026-2027",
    "chuyen-doi-so": "chuyển đổi số",
}


def itok(path: str) -> str:
    """Drupal's image-style token: 8 characters derived from the derivative's path."""
    digest = hashlib.sha256(path.encode()).hexdigest()
    table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(table[int(digest[i : i + 2], 16) % 64] for i in range(0, 16, 2))


def styled(style: str, month: str, name: str) -> str:
    """An image-style derivative URL as Drupal prints it: ``…/styles/<style>/public/…?itok=…``."""
    path = f"/sites/default/files/styles/{style}/public/{month}/{name}"
    return f"{path}?itok={itok(path)}"


def local(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def utc_attr(stamp: str) -> str:
    """The ``datetime`` attribute Drupal's timestamp formatter prints: UTC with a Z."""
    return (local(stamp) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def shown(stamp: str, weekday: bool = True) -> str:
    d = local(stamp)
    text = d.strftime("%d/%m/%Y - %H:%M")
    return f"{WEEKDAYS[d.weekday()]}, {text}" if weekday else text


# --- the articles ----------------------------------------------------------------------------

IMG_A1 = styled("inline_l", "2026-12", "hsg12-trao-giai-nhat.jpg")
IMG_B = [styled("gallery", "2026-12", f"giam-doc-lam-viec-phia-nam-{n}.jpg") for n in (1, 2, 3)]
IMG_C1 = styled("inline_l", "2026-11", "mn-hoa-hong-ngay-hoi-be-vui-khoe.jpg")
IMG_D1 = styled("inline_l", "2026-11", "ky-niem-20-11-tang-hoa.jpg")
IMG_F1 = styled("inline_l", "2026-11", "tieng-anh-tang-cuong-th-le-loi.jpg")
IMG_G1 = styled("inline_l", "2026-10", "gvcn-gioi-thcs-boc-tham.jpg")
IMG_H = [styled("inline_l", "2026-10", f"ngay-hoi-stem-thang-long-{n}.jpg") for n in (1, 2)]
IMG_M1 = styled("inline_l", "2026-10", "tap-huan-cds-thcs-thpt.jpg")

SIG_RIGHT = '<p style="text-align: right;"><strong>{}</strong></p>'

LETTERHEAD_J = """<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">
<tbody><tr>
<td style="text-align:center; width:42%;">UBND TỈNH LÂM ĐỒNG<br><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>_______<br>Số: 2318/TB-SGDĐT</td>
<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br>_____________________<br><em>Lâm Đồng, ngày 30 tháng 11 năm 2026</em></td>
</tr></tbody></table>
<p style="text-align:center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align:center;"><strong>Về việc tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp<br>trực thuộc Sở Giáo dục và Đào tạo (đợt 2) năm 2026</strong></p>"""

CLOSING_J = """<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">
<tbody><tr>
<td style="vertical-align:top; width:50%;"><strong><em>Nơi nhận:</em></strong><br>- UBND tỉnh (để b/c);<br>- Sở Nội vụ;<br>- Giám đốc, các PGĐ Sở;<br>- Các đơn vị trực thuộc;<br>- Cổng TTĐT Sở;<br>- Lưu: VT, TCCB.</td>
<td style="text-align:center; vertical-align:top;"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Văn Hiệp</strong></td>
</tr></tbody></table>"""

INSTAGRAM_C = """<div class="paragraph paragraph--type--instagram paragraph--view-mode--default">
<div class="field field--name-field-media field--type-entity-reference field--label-hidden field__item"><article class="media media--type-instagram media--view-mode-default">
<div class="field field--name-field-url field--type-string field--label-hidden field__item"><blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/DCx7k2LSQ3m/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14" style=" background:#FFF; border:0; border-radius:3px; margin: 1px; max-width:540px; min-width:326px; padding:0; width:99.375%;"><div style="padding:16px;"><a href="https://www.instagram.com/p/DCx7k2LSQ3m/?utm_source=ig_embed&amp;utm_campaign=loading" style=" background:#FFFFFF; line-height:0; padding:0 0; text-align:center; text-decoration:none; width:100%;" target="_blank"><div style="padding-top: 8px;"><div style=" color:#3897f0; font-family:Arial,sans-serif; font-size:14px; font-style:normal; font-weight:550; line-height:18px;">Xem bài viết này trên Instagram</div></div></a><p style=" color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; line-height:17px; margin-bottom:0; margin-top:8px; overflow:hidden; padding:8px 0 7px; text-align:center; text-overflow:ellipsis; white-space:nowrap;"><a href="https://www.instagram.com/p/DCx7k2LSQ3m/?utm_source=ig_embed&amp;utm_campaign=loading" style=" color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; font-style:normal; font-weight:normal; line-height:17px; text-decoration:none;" target="_blank">Bài viết do Trường Mầm non Hoa Hồng Đà Lạt (@mnhoahong.dalat) chia sẻ</a></p></div></blockquote>
<script async src="//www.instagram.com/embed.js"></script></div>
</article></div></div>"""

TWITTER_M2 = """<div class="paragraph paragraph--type--twitter paragraph--view-mode--default">
<div class="field field--name-field-media field--type-entity-reference field--label-hidden field__item"><article class="media media--type-twitter media--view-mode-default">
<blockquote class="twitter-tweet" data-lang="vi" data-dnt="true"><p lang="vi" dir="ltr">Bộ GD&amp;ĐT ban hành Khung năng lực số cho học sinh phổ thông, áp dụng thí điểm từ học kỳ II năm học 2026-2027 tại 10 tỉnh, thành phố. <a href="https://t.co/q8Yb3LmT2e">https://t.co/q8Yb3LmT2e</a></p>&mdash; Bộ Giáo dục và Đào tạo (@moet_vn) <a href="https://twitter.com/moet_vn/status/1861325507715402113?ref_src=twsrc%5Etfw">25 tháng 11, 2026</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</article></div></div>"""


def link_paragraph(href: str, label: str) -> Raw:
    return Raw(
        '<div class="paragraph paragraph--type--link paragraph--view-mode--default">'
        '<div class="field field--name-field-link field--type-link field--label-hidden field__item">'
        f'<span class="xt-nhan">Xem thêm:</span> <a href="{href}">{esc(label)}</a></div></div>'
    )


STORIES: list[Story] = [
    Story(
        1482,
        "lam-dong-co-412-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        "Lâm Đồng có 412 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "gdtrh",
        "2026-12-04T16:45:00+07:00",
        [
            Img(IMG_A1, "Lãnh đạo Sở GD&ĐT trao giấy chứng nhận cho các thí sinh đạt giải Nhất",
                "Lãnh đạo Sở GD&ĐT trao giấy chứng nhận cho các thí sinh đạt giải Nhất", "image"),
            P("Kỳ thi được tổ chức trong hai ngày 20 và 21/11/2026 tại 3 điểm thi: Trường THPT chuyên "
              "Thăng Long (phường Xuân Hương - Đà Lạt), Trường THPT chuyên Bảo Lộc (phường B'Lao) và "
              "Trường THPT chuyên Trần Hưng Đạo (phường Phan Thiết). Thí sinh dự thi 12 môn gồm Toán, "
              "Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Tiếng Pháp, "
              "Giáo dục kinh tế và pháp luật, Công nghệ."),
            P("Kết quả, có 412 thí sinh đạt giải, trong đó 21 giải Nhất, 86 giải Nhì, 139 giải Ba và "
              "166 giải Khuyến khích."),
            P("Các đơn vị dẫn đầu về số lượng giải", "h3"),
            P("TT | Đơn vị | Số thí sinh dự thi | Số giải", "th"),
            P("1 | THPT chuyên Thăng Long | 118 | 87", "tr"),
            P("2 | THPT chuyên Trần Hưng Đạo | 124 | 81", "tr"),
            P("3 | THPT chuyên Bảo Lộc | 96 | 64", "tr"),
            P("4 | THPT Bùi Thị Xuân | 42 | 18", "tr"),
            P("Căn cứ kết quả kỳ thi, Sở GD&ĐT sẽ thành lập đội tuyển của tỉnh tham dự kỳ thi chọn học "
              "sinh giỏi quốc gia THPT năm 2027. Các thí sinh trong đội tuyển được tập huấn từ ngày "
              "15/12/2026 đến trước ngày thi."),
            Raw(SIG_RIGHT.format("Phòng GDTrH")),
        ],
        authors=["Phòng GDTrH"],
        photographers=["Phạm Quang Vinh"],
        summary="Sáng 04/12, Sở GD&ĐT tỉnh Lâm Đồng công bố kết quả kỳ thi chọn học sinh giỏi cấp tỉnh "
        "lớp 12 THPT năm học 2026-2027. Toàn tỉnh có 412/1.086 thí sinh đạt giải, chiếm tỷ lệ 37,94%.",
        sapo_outside=True,
        opts={"created": "2026-12-04 16:45", "changed": "2026-12-05 08:02", "poster": "bientap.sgd",
              "tags": ["hoc-sinh-gioi"], "credits": {IMG_A1: "© Ảnh: Phạm Quang Vinh"},
              "alts": {IMG_A1: "DSC_0412"}, "teaser": ("2026-12", "hsg12-trao-giai-nhat.jpg")},
    ),
    Story(
        1478,
        "giam-doc-so-gddt-lam-viec-voi-cac-truong-hoc-khu-vuc-phia-nam-cua-tinh",
        "Giám đốc Sở GD&ĐT làm việc với các trường học khu vực phía Nam của tỉnh",
        "hdn",
        "2026-12-02T09:30:00+07:00",
        [
            P("Tại các trường, đoàn đã kiểm tra cơ sở vật chất, việc thực hiện Chương trình giáo dục phổ "
              "thông 2018, công tác bán trú và tình hình đội ngũ. Nhiều trường ở các xã Đạ Tẻh, Cát Tiên, "
              "Đồng Kho đang thiếu giáo viên Tin học, Tiếng Anh và phòng học bộ môn."),
            P("Báo cáo với đoàn, lãnh đạo các trường cho biết sau sắp xếp đơn vị hành chính, việc phối "
              "hợp với UBND cấp xã trong công tác phổ cập giáo dục và vận động học sinh ra lớp có nhiều "
              "thuận lợi, song kinh phí sửa chữa nhỏ còn hạn chế."),
            Img(IMG_B[0], "Đoàn công tác kiểm tra bếp ăn bán trú tại Trường PTDTBT TH&THCS Lộc Bắc",
                "Đoàn công tác kiểm tra bếp ăn bán trú tại Trường PTDTBT TH&THCS Lộc Bắc", "gallery"),
            Img(IMG_B[1], "Giám đốc Sở Phạm Thị Thanh Hương trao đổi với giáo viên Trường THPT Đạ Tẻh",
                "Giám đốc Sở Phạm Thị Thanh Hương trao đổi với giáo viên Trường THPT Đạ Tẻh", "gallery"),
            Img(IMG_B[2], "Ảnh: Lê Thị Thu Hà", None, "gallery"),
            P("Trường học phải là nơi an toàn nhất; mỗi học sinh vùng khó phải được đến trường đủ ngày, "
              "đủ buổi. Những khó khăn về giáo viên, Sở sẽ tham mưu UBND tỉnh giải quyết dứt điểm trước "
              "học kỳ II.", "quote"),
            P("Kết luận buổi làm việc, Giám đốc Sở đề nghị các trường rà soát nhu cầu giáo viên theo từng "
              "môn học, chủ động xây dựng kế hoạch dạy học phù hợp điều kiện thực tế và bảo đảm an toàn "
              "thực phẩm tại các bếp ăn bán trú."),
            Raw('<p style="text-align:right"><em>Tin, ảnh: <strong>Lê Thị Thu Hà</strong></em></p>'),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Lê Thị Thu Hà"],
        summary="Từ ngày 29/11 đến 01/12/2026, đồng chí Phạm Thị Thanh Hương, Giám đốc Sở GD&ĐT, dẫn đầu "
        "đoàn công tác kiểm tra, làm việc với 9 cơ sở giáo dục thuộc khu vực phía Nam tỉnh.",
        sapo_outside=True,
        opts={"created": "2026-12-02 09:30", "changed": "2026-12-02 10:12", "poster": "bientap.sgd",
              "tags": ["nam-hoc-2026-2027"], "teaser": ("2026-12", "giam-doc-lam-viec-phia-nam-1.jpg")},
    ),
    Story(
        1475,
        "soi-noi-ngay-hoi-be-vui-khoe-be-an-toan-tai-truong-mam-non-hoa-hong",
        "Sôi nổi Ngày hội “Bé vui khỏe - Bé an toàn” tại Trường Mầm non Hoa Hồng",
        "mnth",
        "2026-11-28T06:00:00+07:00",
        [
            Img(IMG_C1, "Các bé lớp Chồi 2 tham gia trò chơi “Vượt chướng ngại vật”",
                "Các bé lớp Chồi 2 tham gia trò chơi “Vượt chướng ngại vật”", "image"),
            P("Ngày hội được tổ chức nhằm hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng "
              "phó với bạo lực trên cơ sở giới năm 2026, đồng thời giúp trẻ làm quen với các kỹ năng tự "
              "bảo vệ bản thân phù hợp với lứa tuổi."),
            P("Các hoạt động gồm: đồng diễn thể dục nhịp điệu, trò chơi dân gian, thực hành thoát hiểm "
              "khi có cháy và nhận biết các đồ vật nguy hiểm trong gia đình. Mỗi lớp có một “trạm kỹ "
              "năng” do giáo viên và phụ huynh cùng phụ trách."),
            Raw(INSTAGRAM_C),
            P("Cô Trần Thị Ngọc Anh, Hiệu trưởng nhà trường cho biết, sau ngày hội, các nội dung kỹ năng "
              "sẽ được lồng ghép vào hoạt động hằng ngày của trẻ ở tất cả các lớp."),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thị Mỹ Linh</strong> '
                '<em>(Trường MN Hoa Hồng, phường Xuân Hương - Đà Lạt)</em></p>'),
        ],
        authors=["Nguyễn Thị Mỹ Linh"],
        summary="Hơn 400 trẻ mẫu giáo cùng phụ huynh Trường Mầm non Hoa Hồng (phường Xuân Hương - Đà Lạt) "
        "đã có một buổi sáng trải nghiệm bổ ích với các trò chơi vận động và kỹ năng phòng tránh tai nạn "
        "thương tích.",
        sapo_outside=True,
        opts={"created": "2026-11-28 06:00", "changed": "2026-11-28 07:41", "poster": "mnth.sgd",
              "tags": [], "alts": {IMG_C1: "IMG_20261127_091522"},
              "teaser": ("2026-11", "mn-hoa-hong-ngay-hoi-be-vui-khoe.jpg")},
    ),
    Story(
        1470,
        "tri-an-thay-co-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam-20112026",
        "🌹 Tri ân thầy cô nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        "hdn",
        "2026-11-20T08:00:00+07:00",
        [
            P("Dự buổi lễ có đồng chí Nguyễn Minh Tâm, Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo các sở, "
              "ngành, Công đoàn Giáo dục tỉnh cùng đông đảo cán bộ quản lý, giáo viên tiêu biểu đến từ "
              "các xã, phường trong toàn tỉnh."),
            Img(IMG_D1, "(Phó Chủ tịch UBND tỉnh Nguyễn Minh Tâm tặng hoa chúc mừng các nhà giáo tiêu biểu)",
                "Phó Chủ tịch UBND tỉnh Nguyễn Minh Tâm tặng hoa chúc mừng các nhà giáo tiêu biểu", "image"),
            P("Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh ghi nhận những nỗ lực của đội ngũ nhà giáo "
              "trong năm đầu tiên vận hành mô hình chính quyền địa phương hai cấp, khi nhiều trường học "
              "phải sắp xếp lại, giáo viên phải đi xa hơn để đến lớp."),
            P("120 nhà giáo tiêu biểu được tặng Giấy khen của Giám đốc Sở GD&ĐT;", "fb"),
            P("15 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh vì có thành tích xuất sắc trong phong "
              "trào thi đua “Đổi mới, sáng tạo trong dạy và học”.", "fb"),
            P("Nhân dịp này, Công đoàn Giáo dục tỉnh trao 50 suất quà, mỗi suất 2 triệu đồng cho giáo viên "
              "có hoàn cảnh khó khăn đang công tác tại các điểm trường lẻ."),
            Raw(SIG_RIGHT.format("Tin: Minh Châu - Ảnh: Hoàng Anh")),
        ],
        authors=["Minh Châu"],
        photographers=["Hoàng Anh"],
        summary="Sáng 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
        "20/11/2026) và tuyên dương 120 nhà giáo tiêu biểu năm 2026.",
        sapo_outside=True,
        opts={"created": "2026-11-20 08:00", "changed": "2026-11-21 15:37", "poster": "bientap.sgd",
              "tags": [], "credits": {IMG_D1: "© Ảnh: Hoàng Anh"}, "alts": {IMG_D1: "DSC_7731"},
              "teaser": ("2026-11", "ky-niem-20-11-tang-hoa.jpg")},
    ),
    Story(
        1466,
        "mot-so-luu-y-khi-to-chuc-day-hoc-lop-12-theo-chuong-trinh-giao-duc-pho-thong-2018",
        "Một số lưu ý khi tổ chức dạy học lớp 12 theo Chương trình giáo dục phổ thông 2018",
        "gdtrh",
        "2026-11-17T14:00:00+07:00",
        [
            P("Năm học 2026-2027 là năm thứ ba lớp 12 thực hiện Chương trình giáo dục phổ thông 2018 và "
              "cũng là năm thứ ba tổ chức kỳ thi tốt nghiệp THPT theo phương án mới. Để việc dạy học đạt "
              "hiệu quả, Sở GD&ĐT lưu ý các trường THPT một số nội dung sau:", "msonormal"),
            P("Xây dựng kế hoạch giáo dục nhà trường theo hướng linh hoạt, bảo đảm thời lượng cho các cụm "
              "chuyên đề học tập lựa chọn;", "mso:1."),
            P("Tăng cường kiểm tra, đánh giá bằng nhiều hình thức, chú trọng đánh giá năng lực thông qua "
              "bài tập thực hành, dự án học tập;", "mso:2."),
            P("Tổ chức ôn tập theo định hướng đề tham khảo của Bộ GD&ĐT, không dạy trước chương trình, "
              "không cắt xén nội dung;", "mso:3."),
            P("Tư vấn hướng nghiệp, giúp học sinh lựa chọn môn thi phù hợp với nguyện vọng xét tuyển đại "
              "học, cao đẳng.", "mso:4."),
            P("- Các trường gửi kế hoạch ôn tập về Phòng GDTrH trước ngày 30/11/2026 qua hệ thống quản lý "
              "văn bản và điều hành.", "msonormal"),
            P("Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ Phòng GDTrH (điện thoại "
              "0263 3822 418) để được hướng dẫn.", "msonormal"),
            Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
                'style="font-size:13.0pt;line-height:115%">ThS. Trần Văn Dũng</span></b><span lang="VI" '
                'style="font-size:13.0pt;line-height:115%"> - Phó Trưởng phòng GDTrH<o:p></o:p></span></p>'),
        ],
        authors=["Trần Văn Dũng"],
        opts={"created": "2026-11-17 14:00", "changed": "2026-11-17 14:00", "poster": "gdtrh.sgd",
              "tags": ["nam-hoc-2026-2027"], "teaser": None},
    ),
    Story(
        1461,
        "day-manh-day-hoc-tieng-anh-tang-cuong-o-bac-tieu-hoc",
        "Đẩy mạnh dạy học tiếng Anh tăng cường ở bậc tiểu học",
        "mnth",
        "2026-11-10T10:20:00+07:00",
        [
            Img(IMG_F1, "(Giờ học tiếng Anh với giáo viên bản ngữ tại Trường Tiểu học Lê Lợi, phường Lâm "
                "Viên - Đà Lạt)", "Giờ học tiếng Anh với giáo viên bản ngữ tại Trường Tiểu học Lê Lợi, "
                "phường Lâm Viên - Đà Lạt", "image"),
            P("Theo Sở GD&ĐT, bên cạnh chương trình tiếng Anh bắt buộc từ lớp 3, nhiều trường đã liên kết "
              "với các trung tâm ngoại ngữ được cấp phép để tổ chức thêm 2 tiết mỗi tuần với giáo viên bản "
              "ngữ, theo hình thức tự nguyện.", "nfd"),
            P("Để bảo đảm chất lượng, Sở yêu cầu các trường chỉ liên kết với đơn vị có đủ điều kiện theo "
              "quy định, công khai nội dung, mức thu và không ép buộc học sinh tham gia.", "nfd"),
            P("Đến nay, tỷ lệ giáo viên tiếng Anh tiểu học đạt chuẩn năng lực ngoại ngữ bậc 4 trở lên đạt "
              "96,3%."),
            P("Tuy nhiên, ở các xã vùng sâu, vùng đồng bào dân tộc thiểu số, việc bố trí giáo viên còn khó "
              "khăn, nhiều giáo viên phải dạy liên trường.", "br"),
            Raw(SIG_RIGHT.format("Hải Yến")),
            Raw('<p style="text-align: right;"><em>Theo Báo Lâm Đồng</em></p>'),
        ],
        authors=["Hải Yến"],
        source="Báo Lâm Đồng",
        summary="Năm học 2026-2027, toàn tỉnh có 168 trường tiểu học tổ chức dạy tiếng Anh tăng cường với "
        "hơn 41.000 học sinh tham gia, tăng 27 trường so với năm học trước.",
        sapo_outside=True,
        opts={"created": "2026-11-10 10:20", "changed": "2026-11-10 10:20", "poster": "mnth.sgd",
              "tags": [], "teaser": ("2026-11", "tieng-anh-tang-cuong-th-le-loi.jpg")},
    ),
    Story(
        1455,
        "khai-mac-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027",
        "Khai mạc Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh bậc THCS năm học 2026-2027",
        "hdn",
        "2026-10-30T15:10:00+07:00",
        [
            P("Hội thi diễn ra từ ngày 29/10 đến 02/11/2026 gồm hai phần: trình bày biện pháp giáo dục học "
              "sinh và xử lý tình huống sư phạm. Các giáo viên dự thi là những người đạt giải cấp trường, "
              "cấp cụm trong năm học trước."),
            Img(IMG_G1, "Các thí sinh bốc thăm thứ tự dự thi", "Các thí sinh bốc thăm thứ tự dự thi", "image"),
            P("Phát biểu khai mạc, Phó Giám đốc Sở Nguyễn Văn Hiệp đề nghị các thí sinh chú trọng những biện "
              "pháp thiết thực trong giáo dục kỹ năng sống, phòng chống bạo lực học đường và sử dụng mạng xã "
              "hội an toàn cho học sinh."),
            link_paragraph("/node/1452", "Hội nghị tập huấn công tác chuyển đổi số trong giáo dục"),
            P("Kết quả hội thi sẽ được công bố và trao giải vào chiều 02/11/2026."),
            Raw(SIG_RIGHT.format("Tin: Thanh Tùng - Ảnh: Đức Trung")),
        ],
        authors=["Thanh Tùng"],
        photographers=["Đức Trung"],
        summary="Chiều 29/10, tại Trường THCS Nguyễn Du (phường B'Lao), Sở GD&ĐT khai mạc Hội thi giáo viên "
        "chủ nhiệm lớp giỏi cấp tỉnh bậc THCS với sự tham gia của 96 giáo viên.",
        sapo_outside=True,
        opts={"created": "2026-10-30 15:10", "changed": "2026-11-02 17:05", "poster": "bientap.sgd",
              "tags": ["nam-hoc-2026-2027"], "credits": {IMG_G1: "© Ảnh: Đức Trung"},
              "teaser": ("2026-10", "gvcn-gioi-thcs-boc-tham.jpg")},
    ),
    Story(
        1449,
        "truong-thpt-chuyen-thang-long-to-chuc-ngay-hoi-stem-lan-thu-v",
        "Trường THPT chuyên Thăng Long tổ chức Ngày hội STEM lần thứ V",
        "gdtrh",
        "2026-10-22",
        [
            P("Các sản phẩm tập trung vào những vấn đề thiết thực của địa phương như hệ thống tưới nhỏ giọt "
              "tự động cho vườn rau, thiết bị cảnh báo sạt lở đất, ứng dụng tra cứu nông sản Đà Lạt."),
            Img(IMG_H[0], "Sản phẩm “Trạm quan trắc thời tiết mini” của nhóm học sinh lớp 11 Lý",
                "Sản phẩm “Trạm quan trắc thời tiết mini” của nhóm học sinh lớp 11 Lý", "image"),
            Img(IMG_H[1], "Ảnh: Ngọc Hân", None, "image"),
            P("Theo kế hoạch, các sản phẩm xuất sắc sẽ được chọn tham dự Cuộc thi khoa học, kỹ thuật cấp tỉnh "
              "dành cho học sinh trung học tổ chức vào tháng 01/2027."),
            Raw(SIG_RIGHT.format("Tin, ảnh: Ngọc Hân")),
        ],
        authors=["Ngọc Hân"],
        photographers=["Ngọc Hân"],
        summary="Ngày hội STEM năm nay thu hút 36 gian trưng bày sản phẩm nghiên cứu khoa học, kỹ thuật của "
        "học sinh đến từ 12 trường THPT trong tỉnh.",
        sapo_outside=True,
        opts={"created": "2026-10-22 00:00", "changed": "2026-10-23 09:14", "poster": "gdtrh.sgd",
              "tags": [], "teaser": ("2026-10", "ngay-hoi-stem-thang-long-1.jpg")},
    ),
    Story(
        1441,
        "kiem-tra-cong-tac-dau-nam-hoc-2026-2027-tai-cac-xa-phuong-khu-vuc-phia-bac",
        "Kiểm tra công tác đầu năm học 2026-2027 tại các xã, phường khu vực phía Bắc",
        "hdn",
        "2026-10-15T09:00:00+07:00",
        [
            P("Nội dung kiểm tra gồm việc tuyển sinh, huy động trẻ ra lớp, xây dựng kế hoạch giáo dục, thực "
              "hiện các khoản thu đầu năm và bảo đảm an toàn trường học. Qua kiểm tra, đoàn ghi nhận:"),
            P("Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,8%;", "li"),
            P("Tỷ lệ học sinh 6 tuổi vào lớp 1 đạt 100%;", "li"),
            P("Không phát hiện trường hợp lạm thu đầu năm học.", "li"),
            P("Đoàn cũng chỉ ra một số tồn tại như một số trường chưa cập nhật đầy đủ hồ sơ trên cơ sở dữ "
              "liệu ngành, nhà vệ sinh học sinh ở một số điểm trường lẻ xuống cấp."),
            Raw(SIG_RIGHT.format("Thanh tra Sở")),
        ],
        authors=["Thanh tra Sở"],
        summary="Từ ngày 07 đến 14/10/2026, 4 đoàn kiểm tra của Sở GD&ĐT đã kiểm tra công tác đầu năm học "
        "tại 48 cơ sở giáo dục thuộc 20 xã, phường khu vực phía Bắc tỉnh.",
        sapo_outside=True,
        opts={"created": "2026-10-15 09:00", "changed": "2026-10-15 09:00", "poster": "bientap.sgd",
              "tags": ["nam-hoc-2026-2027"], "teaser": None},
    ),
    Story(
        1480,
        "thong-bao-tuyen-dung-vien-chuc-cac-don-vi-su-nghiep-truc-thuoc-so-gddt-dot-2-nam-2026",
        "Thông báo tuyển dụng viên chức các đơn vị sự nghiệp trực thuộc Sở GD&ĐT (đợt 2) năm 2026",
        "tb",
        "2026-11-30",
        [
            Raw(LETTERHEAD_J),
            P("Căn cứ Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của Chính phủ sửa đổi, bổ sung một số điều "
              "của Nghị định số 115/2020/NĐ-CP về tuyển dụng, sử dụng và quản lý viên chức;"),
            P("Căn cứ Kế hoạch số 1987/KH-SGDĐT ngày 15/10/2026 của Sở GD&ĐT về tuyển dụng viên chức năm "
              "2026;"),
            P("Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức (đợt 2) năm 2026 như sau:"),
            P("1. Số lượng cần tuyển: 64 chỉ tiêu, trong đó giáo viên THPT 41 chỉ tiêu, giáo viên Trung tâm "
              "GDNN-GDTX 17 chỉ tiêu, nhân viên 6 chỉ tiêu.", "bold"),
            P("2. Hình thức tuyển dụng: xét tuyển.", "bold"),
            P("3. Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong "
              "giờ hành chính).", "bold"),
            P("4. Địa điểm nhận phiếu: Văn phòng Sở GD&ĐT, số 23 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh "
              "Lâm Đồng.", "bold"),
            P("Chi tiết chỉ tiêu, tiêu chuẩn và điều kiện đăng ký dự tuyển xem tại tệp đính kèm."),
            Raw(CLOSING_J),
        ],
        authors=["Nguyễn Văn Hiệp"],
        opts={"created": "2026-12-01 08:15", "changed": "2026-12-01 08:15", "poster": "vanphong.sgd",
              "tags": [], "teaser": None,
              "files": [("TB-2318-tuyen-dung-dot-2.pdf", "215.4 KB")]},
    ),
    Story(
        1472,
        "dieu-chinh-thoi-gian-to-chuc-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt",
        "Điều chỉnh thời gian tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT",
        "tb",
        "2026-11-25T17:20:00+07:00",
        [
            P("Do ảnh hưởng của đợt mưa lớn kéo dài trên địa bàn tỉnh, Sở GD&ĐT điều chỉnh thời gian tổ "
              "chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027.", "bold"),
            P("Thời gian cũ: từ ngày 01/12 đến 05/12/2026."),
            P("Thời gian mới: từ ngày 08/12 đến 12/12/2026.", "br"),
            P("Địa điểm, nội dung và hình thức hội thi không thay đổi so với Kế hoạch số 1902/KH-SGDĐT ngày "
              "02/10/2026 của Sở GD&ĐT."),
            P("Đề nghị Hiệu trưởng các trường THPT, Giám đốc Trung tâm GDNN-GDTX thông báo đến giáo viên dự "
              "thi và bố trí người dạy thay trong thời gian hội thi."),
            Raw(SIG_RIGHT.format("Văn phòng Sở")),
        ],
        authors=["Văn phòng Sở"],
        summary="Do ảnh hưởng của đợt mưa lớn kéo dài trên địa bàn tỉnh, Sở GD&ĐT điều chỉnh thời gian tổ "
        "chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027.",
        opts={"created": "2026-11-25 17:20", "changed": "2026-11-26 07:30", "poster": "vanphong.sgd",
              "tags": [], "teaser": None},
    ),
    Story(
        1452,
        "hoi-nghi-tap-huan-cong-tac-chuyen-doi-so-trong-giao-duc",
        "Hội nghị tập huấn công tác chuyển đổi số trong giáo dục",
        "cds",
        "2026-10-27T14:00:00+07:00",
        [
            P("Tại hội nghị, các báo cáo viên hướng dẫn sử dụng hệ thống học bạ số, sổ điểm điện tử và kết "
              "nối dữ liệu với cơ sở dữ liệu ngành giáo dục; triển khai ký số hồ sơ chuyên môn theo hướng "
              "dẫn của Bộ GD&ĐT."),
            Img(IMG_M1, "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT", "image"),
            P("Theo lộ trình, đến hết học kỳ I năm học 2026-2027, 100% trường THCS, THPT trên địa bàn tỉnh "
              "triển khai học bạ số đối với học sinh lớp 6, lớp 10 và thực hiện thanh toán không dùng tiền "
              "mặt các khoản thu dịch vụ."),
            Raw(SIG_RIGHT.format("Quốc Huy")),
        ],
        authors=["Quốc Huy"],
        photographers=["Quốc Huy"],
        summary="Ngày 27/10, Sở GD&ĐT tổ chức hội nghị tập huấn chuyển đổi số cho hơn 300 cán bộ quản lý "
        "các trường THCS, THPT theo hình thức trực tiếp kết hợp trực tuyến.",
        sapo_outside=True,
        opts={"created": "2026-10-27 14:00", "changed": "2026-10-28 08:20", "poster": "cntt.sgd",
              "tags": ["chuyen-doi-so"], "credits": {IMG_M1: "© Ảnh: Quốc Huy"},
              "teaser": ("2026-10", "tap-huan-cds-thcs-thpt.jpg")},
    ),
    Story(
        1474,
        "hoi-nghi-tap-huan-cong-tac-chuyen-doi-so-trong-giao-duc-0",
        "Hội nghị tập huấn công tác chuyển đổi số trong giáo dục",
        "cds",
        "2026-11-26T08:30:00+07:00",
        [
            P("Nội dung tập huấn tập trung vào quản lý hồ sơ trẻ, sổ theo dõi sức khỏe điện tử, phần mềm xây "
              "dựng thực đơn bán trú và ứng dụng liên lạc giữa nhà trường với phụ huynh."),
            Raw(TWITTER_M2),
            P("Sau tập huấn, các trường rà soát, chuẩn hóa dữ liệu trẻ em, học sinh trên cơ sở dữ liệu ngành "
              "trước ngày 15/12/2026 để phục vụ công tác thống kê cuối học kỳ I."),
            link_paragraph("/tin-tuc/hoi-nghi-tap-huan-cong-tac-chuyen-doi-so-trong-giao-duc",
                           "Hội nghị tập huấn công tác chuyển đổi số trong giáo dục"),
            Raw(SIG_RIGHT.format("Phòng GDMN-GDTH")),
        ],
        authors=["Phòng GDMN-GDTH"],
        summary="Trong hai ngày 24 và 25/11, Sở GD&ĐT phối hợp với VNPT Lâm Đồng tập huấn chuyển đổi số cho "
        "gần 500 hiệu trưởng, phó hiệu trưởng các trường mầm non và tiểu học.",
        sapo_outside=True,
        opts={"created": "2026-11-26 08:30", "changed": "2026-11-26 08:30", "poster": "cntt.sgd",
              "tags": ["chuyen-doi-so"], "teaser": ("2026-11", "tap-huan-cds-mn-th.jpg")},
    ),
]

BY_NID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


def newest_first(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["created"], reverse=True)


def in_channel(key: str) -> list[Story]:
    """Newest first; the "Tin tức" channel holds its children's articles."""
    keys = {k for k, c in CHANNELS.items() if k == key or c[3] == key}
    return newest_first([s for s in STORIES if s.cat in keys])


# --- chrome ----------------------------------------------------------------------------------

MENU = """<nav role="navigation" aria-labelledby="block-sgd-lamdong-main-menu-menu" id="block-sgd-lamdong-main-menu" class="menu-chinh">
<h2 class="visually-hidden" id="block-sgd-lamdong-main-menu-menu">Menu chính</h2>
<ul class="menu menu--main nav navbar-nav">
<li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">Trang chủ</a></li>
<li class="menu-item menu-item--expanded dropdown"><span class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <span class="caret"></span></span>
 <ul class="dropdown-menu">
 <li class="menu-item"><a href="/gioi-thieu/chuc-nang-nhiem-vu" data-drupal-link-system-path="node/12">Chức năng, nhiệm vụ</a></li>
 <li class="menu-item"><a href="/gioi-thieu/co-cau-to-chuc" data-drupal-link-system-path="node/13">Cơ cấu tổ chức</a></li>
 </ul></li>
<li class="menu-item menu-item--expanded dropdown"><a href="/tin-tuc" class="dropdown-toggle" data-drupal-link-system-path="tin-tuc">Tin tức <span class="caret"></span></a>
 <ul class="dropdown-menu">
 <li class="menu-item"><a href="/chuyen-muc/hoat-dong-nganh" data-drupal-link-system-path="taxonomy/term/5">Hoạt động ngành</a></li>
 <li class="menu-item"><a href="/chuyen-muc/giao-duc-mam-non-tieu-hoc" data-drupal-link-system-path="taxonomy/term/6">Giáo dục Mầm non - Tiểu học</a></li>
 <li class="menu-item"><a href="/chuyen-muc/giao-duc-trung-hoc" data-drupal-link-system-path="taxonomy/term/7">Giáo dục Trung học</a></li>
 </ul></li>
<li class="menu-item"><a href="/chuyen-muc/thong-bao" data-drupal-link-system-path="taxonomy/term/9">Thông báo</a></li>
<li class="menu-item"><a href="/chuyen-muc/chuyen-doi-so" data-drupal-link-system-path="taxonomy/term/11">Chuyển đổi số</a></li>
<li class="menu-item"><a href="/van-ban" data-drupal-link-system-path="van-ban">Văn bản</a></li>
<li class="menu-item menu-item--expanded dropdown"><span class="dropdown-toggle">Thư viện <span class="caret"></span></span>
 <ul class="dropdown-menu">
 <li class="menu-item"><a href="/thu-vien-anh">Thư viện ảnh</a></li>
 <li class="menu-item"><a href="/video/hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc">Video</a></li>
 </ul></li>
<li class="menu-item"><a href="/lich-cong-tac/tuan-49-2026" data-drupal-link-system-path="node/1481">Lịch công tác</a></li>
<li class="menu-item"><a href="/lien-he" data-drupal-link-system-path="webform/lien_he">Liên hệ</a></li>
</ul></nav>"""


def _li_link(story: Story, with_date: bool = False) -> str:
    date = f' <span class="ngay">({local(story.opts["created"]).strftime("%d/%m/%Y")})</span>' if with_date else ""
    return f'<li><a href="{article_path(story)}" hreflang="vi">{esc(story.title)}</a>{date}</li>'


MOST_READ = [1470, 1482, 1452, 1475, 1461]


def sidebar(current: str) -> str:
    most = "".join(_li_link(BY_NID[n]) for n in MOST_READ)
    return f"""<aside class="layout-sidebar-second col-md-4" role="complementary">
<div id="block-timkiem" class="khoi-ben">
<form action="/tim-kiem" method="get" id="views-exposed-form-tim-kiem-page-1" accept-charset="UTF-8">
<input placeholder="Nhập từ khóa..." type="text" id="edit-keys" name="keys" value="" size="30" maxlength="128" class="form-text">
<input type="submit" id="edit-submit-tim-kiem" value="Tìm kiếm" class="button js-form-submit form-submit">
</form></div>
<div id="block-views-block-doc-nhieu-block-1" class="khoi-ben kb-docnhieu"><h2 class="kb-tieude">Đọc nhiều nhất</h2>
<div class="item-list"><ul>{most}</ul></div></div>
<div id="block-tieudiem" class="khoi-ben block-block-content block-block-content4c1e"><h2 class="kb-tieude">Tiêu điểm</h2>
<div class="clearfix text-formatted field field--name-body"><p><a href="/node/1470"><img src="/sites/default/files/inline-images/banner-20-11-2026.jpg" alt="" width="300" height="120"></a></p>
<p><a href="https://thitotnghiepthpt.edu.vn" target="_blank">Cổng thông tin thi tốt nghiệp THPT</a></p></div></div>
<div id="block-video-noibat" class="khoi-ben"><h2 class="kb-tieude">Video</h2>
<a href="/video/hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc"><img src="/sites/default/files/styles/teaser_s/public/video/thumb-hoi-thi-gvdg.jpg?itok=Qm3xP0aR" alt="Video"></a>
<p><a href="/video/hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc">Hội thi giáo viên dạy giỏi cấp tỉnh bậc tiểu học</a></p></div>
<div id="block-lienketweb" class="khoi-ben"><h2 class="kb-tieude">Liên kết website</h2>
<select onchange="window.open(this.value,'_blank')"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://lamdong.gov.vn">Cổng TTĐT tỉnh Lâm Đồng</option>
<option value="https://csdl.moet.gov.vn">CSDL ngành Giáo dục</option></select></div>
<div id="block-poll" class="khoi-ben"><h2 class="kb-tieude">Thăm dò ý kiến</h2>
<form class="poll-view-form" action="{esc(current)}" method="post" accept-charset="UTF-8">
<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử Sở?</p>
<div><input type="radio" name="choice" value="7"> Đẹp, dễ sử dụng</div>
<div><input type="radio" name="choice" value="8"> Bình thường</div>
<div><input type="radio" name="choice" value="9"> Khó tìm thông tin</div>
<input type="hidden" name="form_id" value="poll_view_form_3">
<input type="submit" value="Bình chọn" class="button"></form></div>
<div id="block-thongketruycap" class="khoi-ben"><h2 class="kb-tieude">Thống kê truy cập</h2>
<table class="tk-tc"><tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td><td>1.284</td></tr>
<tr><td>Tháng này:</td><td>9.571</td></tr><tr><td>Tổng truy cập:</td><td>4.872.306</td></tr></table></div>
</aside>"""


FOOTER = f"""<footer class="site-footer" role="contentinfo"><div class="container">
<div id="block-chantrang" class="block-block-content"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ {SITE.upper()}</strong></p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Lâm Đồng. Chịu trách nhiệm chính: Giám đốc Sở Phạm Thị Thanh Hương.</p>
<p>Địa chỉ: Số 23 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng. Điện thoại: 0263 3822 224 - Email: sgddt@lamdong.gov.vn</p>
<p>Giấy phép số 27/GP-TTĐT ngày 18/5/2021 của Sở Thông tin và Truyền thông. Bản quyền thuộc Sở GD&amp;ĐT Lâm Đồng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p>Thiết kế bởi <a href="https://vietsoftlamdong.vn" target="_blank">Vietsoft Lâm Đồng</a> - Nền tảng Thunder/Drupal</p>
</div></div></footer>"""


def page(request: Request, title: str, main: str, crumbs: list[tuple[str, str | None]],
         head: str = "", status: int = 200, body_class: str = "") -> Response:
    crumb_html = "".join(
        f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>' if href
        else f'<li class="breadcrumb-item active">{esc(label)}</li>'
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    doc = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (Thunder | https://www.thunder.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{head}
<link rel="icon" href="/themes/custom/sgd_lamdong/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)}" href="{base_url(request)}/rss.xml">
<title>{esc(title)} | {esc(SITE)}</title>
<link rel="stylesheet" media="all" href="/core/themes/stable9/css/system/components/align.module.css?t5xk2b">
<link rel="stylesheet" media="all" href="/themes/custom/sgd_lamdong/css/style.css?t5xk2b">
</head>
<body class="path-{body_class or 'frontpage'} user-logged-out">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="thanh-top"><div class="container"><span class="ngay-hientai"><i class="fa fa-calendar"></i> {TODAY_LINE}</span>
<span class="tt-lienhe">Đường dây nóng: 0263 3822 224</span>
<a class="rss" href="/rss.xml" title="RSS"><img src="/themes/custom/sgd_lamdong/images/rss.png" alt="RSS"></a></div></div>
<header class="banner" role="banner"><div class="container">
<a href="/" title="Trang chủ" rel="home" class="site-logo"><img src="/themes/custom/sgd_lamdong/logo.png" alt="Trang chủ"></a>
<div class="site-name"><span class="dong1">ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG</span><span class="dong2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div>
</div></header>
<div class="thanh-menu"><div class="container">{MENU}</div></div>
<div class="container"><div id="block-sgd-lamdong-breadcrumbs"><nav role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb">{crumb_html}</ol></nav></div>
<div data-drupal-messages-fallback class="hidden"></div>
<div class="row"><main role="main" class="col-md-8"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">{main}</div></main>
{sidebar(request.path)}
</div></div>
{FOOTER}
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"{esc(request.path.strip('/'))}","currentPathIsAdmin":false,"isFront":{'true' if request.path == '/' else 'false'},"currentLanguage":"vi"}},"pluralDelimiter":"\\u0003","ajaxPageState":{{"libraries":"blazy\\/load,core\\/drupal,slick\\/slick.load,sgd_lamdong\\/global-styling","theme":"sgd_lamdong","theme_token":null}},"user":{{"uid":0,"permissionsHash":"4f1c0d7f6a"}}}}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/core/misc/drupal.js?v=10.3.6"></script>
<script src="/themes/custom/sgd_lamdong/js/global.js?t5xk2b"></script>
</body></html>"""
    return html(doc, status=status, headers={"X-Generator": "Drupal 10 (https://www.drupal.org)",
                                             "X-Drupal-Cache": "HIT",
                                             "Cache-Control": "max-age=900, public"})


# --- article bodies --------------------------------------------------------------------------

_BLAZY = ("data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D'http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg'"
          "%20viewBox%3D'0%200%201%201'%2F%3E")
_FB_EMOJI = ('<img height="16" width="16" alt="👉" referrerpolicy="origin-when-cross-origin" '
             'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/1f449.png">')
_MSO_SPAN = '<span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">{}</span>'


def _p_inner(p: P) -> str:
    t = esc(unicodedata.normalize("NFD", p.text)) if p.style == "nfd" else esc(p.text)
    return t


def _text_block(items: list[P | Raw]) -> str:
    """One Thunder text paragraph: CKEditor markup of its paragraphs, lists, tables, byline."""
    out: list[str] = []
    i = 0
    while i < len(items):
        b = items[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        style = b.style
        if style in ("th", "tr"):
            rows = []
            while i < len(items) and isinstance(items[i], P) and items[i].style in ("th", "tr"):
                cells = items[i].text.split(" | ")
                tag = "td"
                if items[i].style == "th":
                    rows.append("<tr>" + "".join(f'<td style="text-align:center;"><strong>{esc(c)}</strong></td>'
                                                 for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append('<table border="1" cellpadding="3" cellspacing="0" style="width:100%;"><tbody>'
                       + "\n".join(rows) + "</tbody></table>")
            continue
        if style == "li":
            lis = []
            while i < len(items) and isinstance(items[i], P) and items[i].style == "li":
                lis.append(f"<li>{esc(items[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(lis) + "</ul>")
            continue
        # a paragraph, possibly followed by <br>-joined continuations
        parts = [_p_inner(b)]
        j = i + 1
        while j < len(items) and isinstance(items[j], P) and items[j].style == "br":
            parts.append(_p_inner(items[j]))
            j += 1
        joined = "<br>\n".join(parts)
        if style == "bold":
            out.append(f"<p><strong>{joined}</strong></p>")
        elif style == "h3":
            out.append(f"<h3><strong>{joined}</strong></h3>")
        elif style == "fb":
            out.append(f'<p><span>{_FB_EMOJI} {joined}</span></p>')
        elif style == "msonormal":
            out.append(f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">'
                       f'{_MSO_SPAN.format(joined)}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif style.startswith("mso:"):
            marker = style[4:]
            prev_mso = i > 0 and isinstance(items[i - 1], P) and items[i - 1].style.startswith("mso:")
            next_mso = j < len(items) and isinstance(items[j], P) and items[j].style.startswith("mso:")
            where = "Middle" if prev_mso and next_mso else "First" if next_mso else "Last" if prev_mso else ""
            out.append(
                f'<p class="MsoListParagraphCxSp{where}" style="margin-left:54.0pt;text-align:justify;'
                'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span lang="VI" '
                f'style="font-size:14.0pt"><span style="mso-list:Ignore">{marker}<span style="font:7.0pt '
                '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->'
                f'{_MSO_SPAN.format(joined)}<o:p></o:p></p>')
        else:
            out.append(f'<p style="text-align: justify;">{joined}</p>')
        i = j
    inner = "\n".join(out)
    return ('<div class="paragraph paragraph--type--text paragraph--view-mode--default">'
            '<div class="clearfix text-formatted field field--name-field-text field--type-text-long '
            f'field--label-hidden field__item">\n{inner}\n</div></div>')


def _image_paragraph(story: Story, img: Img) -> str:
    credit = story.opts.get("credits", {}).get(img.src)
    alt = story.opts.get("alts", {}).get(img.src, "")
    desc = f'<div class="field field--name-field-description field--type-text-long"><p>{esc(img.printed)}</p></div>' if img.printed else ""
    cred = f'<div class="field field--name-field-copyright field--type-string tacgia-anh">{esc(credit)}</div>' if credit else ""
    return f"""<div class="paragraph paragraph--type--image paragraph--view-mode--default">
<div class="field field--name-field-image field--type-entity-reference field--label-hidden field__item">
<article class="media media--type-image media--view-mode-full">
<div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="{esc(img.src)}" width="800" height="533" alt="{esc(alt)}" class="image-style-inline-l">
</div></article></div>
<div class="chuthich-anh">{desc}{cred}</div>
</div>"""


def _gallery_paragraph(story: Story, imgs: list[Img]) -> str:
    slides, thumbs = [], []
    for n, img in enumerate(imgs):
        cap = f'<div class="slide__caption"><div class="slide__description">{esc(img.printed)}</div></div>' if img.printed else ""
        slides.append(
            f'<div class="slick__slide slide slide--{n}"><div class="slide__content"><div class="media media--blazy '
            f'media--image is-b-loading"><img class="media__image media__element b-lazy" decoding="async" '
            f'src="{_BLAZY}" data-src="{esc(img.src)}" width="900" height="600" alt=""></div>{cap}</div></div>')
        thumb = img.src.replace("/styles/gallery/", "/styles/thumbnail/").split("?")[0]
        thumbs.append(f'<div class="slick__slide slide slide--{n}"><div class="slide__thumbnail">'
                      f'<img src="{thumb}?itok={itok(thumb)}" width="100" height="67" alt=""></div></div>')
    gid = f"slick-media-gallery-{story.id}-1"
    return f"""<div class="paragraph paragraph--type--gallery paragraph--view-mode--default">
<div class="field field--name-field-media field--type-entity-reference field--label-hidden field__item">
<article class="media media--type-gallery media--view-mode-full"><div class="field field--name-field-media-images">
<div id="{gid}" class="slick slick--view--thunder-gallery slick--optionset--thunder-gallery" data-blazy="">
<div class="slick__slider" data-slick='{{"asNavFor":"#{gid}-nav","lazyLoad":"blazy"}}'>
{"".join(slides)}
</div><nav role="navigation" class="slick__arrow"><button type="button" data-role="none" class="slick-prev" aria-label="Trước">Trước</button><button type="button" data-role="none" class="slick-next" aria-label="Sau">Sau</button></nav></div>
<div id="{gid}-nav" class="slick slick--thumbnail slick--optionset--thunder-gallery-nav"><div class="slick__slider">
{"".join(thumbs)}
</div></div>
</div></article></div></div>"""


def _quote_paragraph(p: P) -> str:
    return ('<div class="paragraph paragraph--type--quote paragraph--view-mode--default"><blockquote class="trichdan">'
            '<div class="clearfix text-formatted field field--name-field-text field__item">'
            f'<p>{esc(p.text)}</p></div></blockquote></div>')


def render_paragraphs(story: Story) -> str:
    out: list[str] = []
    pending: list[P | Raw] = []
    blocks = story.blocks
    i = 0

    def flush() -> None:
        if pending:
            out.append(_text_block(pending))
            pending.clear()

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img) and b.style == "gallery":
            flush()
            group = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                group.append(blocks[i])
                i += 1
            out.append(_gallery_paragraph(story, group))
            continue
        if isinstance(b, Img):
            flush()
            out.append(_image_paragraph(story, b))
        elif isinstance(b, P) and b.style == "quote":
            flush()
            out.append(_quote_paragraph(b))
        elif isinstance(b, Raw) and b.html.startswith("<div class=\"paragraph"):
            flush()
            out.append(b.html)
        else:
            pending.append(b)
        i += 1
    flush()
    return "\n".join(out)


def _teaser_text(story: Story) -> str:
    if story.summary and story.sapo_outside:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first[:150].rsplit(" ", 1)[0] + "…"


def _teaser_img(story: Story, style: str = "teaser_m") -> str:
    t = story.opts.get("teaser")
    if not t:
        return "/themes/custom/sgd_lamdong/images/no-image.jpg"
    return styled(style, *t)


def article_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    ch = CHANNELS[story.cat]
    crumbs: list[tuple[str, str | None]] = []
    if ch[3]:
        parent = CHANNELS[ch[3]]
        crumbs.append((parent[1], parent[2]))
    crumbs.append((ch[1], ch[2]))
    created = story.opts["created"]
    created_dt = local(created)
    meta_desc = esc(_teaser_text(story))
    og_img = ""
    if story.images:
        og_img = f'<meta property="og:image" content="{base}{esc(story.images[0].src)}">'
    head = f"""<meta name="description" content="{meta_desc}">
<link rel="canonical" href="{base}{article_path(story)}">
<link rel="shortlink" href="{base}/node/{story.id}">
<link rel="amphtml" href="{base}{article_path(story)}?amp">
<meta property="og:site_name" content="{esc(SITE)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{base}{article_path(story)}">
<meta property="og:title" content="{esc(story.title)}">
<meta property="og:description" content="{meta_desc}">
{og_img}
<meta property="article:section" content="{esc(ch[1])}">
<meta property="article:published_time" content="{created_dt.strftime('%Y-%m-%dT%H:%M:%S')}+0700">
<meta property="article:modified_time" content="{local(story.opts['changed']).strftime('%Y-%m-%dT%H:%M:%S')}+0700">"""
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = ('<div class="sapo-bv field field--name-field-teaser-text field--type-string-long field--label-hidden '
                f'field__item" style="font-weight:bold;">{esc(story.summary)}</div>')
    files = ""
    if story.opts.get("files"):
        rows = "".join(
            f'<li><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2026-12/{f}" '
            f'type="application/pdf">{f}</a></span> <span class="file-size">({size})</span></li>'
            for f, size in story.opts["files"])
        files = f'<div class="tep-dinh-kem field field--name-field-tep-dinh-kem"><div class="field__label">Tệp đính kèm:</div><ul>{rows}</ul></div>'
    tags = ""
    if story.opts["tags"]:
        links = ", ".join(f'<a href="/tags/{t}" hreflang="vi">{esc(TAGS[t])}</a>' for t in story.opts["tags"])
        tags = f'<div class="field field--name-field-tags tukhoa-bv"><span class="nhan">Từ khóa:</span> {links}</div>'
    others = [s for s in in_channel(story.cat) if s.id != story.id][:2]
    other_html = "".join(_li_link(s, with_date=True) for s in others)
    url_abs = f"{base}{article_path(story)}"
    main = f"""<article data-history-node-id="{story.id}" role="article" about="{article_path(story)}" class="node node--type-article node--promoted node--view-mode-full kt-bv">
<div class="kt-bv__kenh"><a href="{ch[2]}" hreflang="vi">{esc(ch[1])}</a></div>
<h1 class="page-title tieude-bv"><span class="field field--name-title field--type-string field--label-hidden">{esc(story.title)}</span></h1>
<div class="kt-bv__meta">
<span class="ngaydang"><i class="fa fa-clock-o"></i> <time datetime="{utc_attr(created)}">{shown(created)}</time></span>
<span class="nguoidang">| Người đăng: <span class="field field--name-uid field--type-entity-reference"><span lang="" typeof="schema:Person" property="schema:name">{esc(story.opts["poster"])}</span></span></span>
<span class="luotxem">| Lượt xem: {story.views()}</span>
</div>
<div class="congcu-bv"><a href="javascript:void(0)" class="cochu-nho" title="Giảm cỡ chữ">A-</a> <a href="javascript:void(0)" class="cochu-lon" title="Tăng cỡ chữ">A+</a>
<a href="javascript:window.print()" class="inbai"><i class="fa fa-print"></i> In bài</a>
<a href="mailto:?subject={esc(story.title)}&amp;body={url_abs}" class="guimail"><i class="fa fa-envelope"></i> Gửi email</a></div>
{sapo}
<div id="noidung-bv-{story.id}" class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items kt-bv__noidung">
{render_paragraphs(story)}
</div>
{files}
<div class="capnhat-bv"><em>Cập nhật lần cuối: {shown(story.opts["changed"], weekday=False)}</em></div>
{tags}
<div class="a2a_kit a2a_kit_size_24 addtoany_list chiase-bv" data-a2a-url="{url_abs}" data-a2a-title="{esc(story.title)}">
<span class="nhan">Chia sẻ:</span>
<a class="a2a_button_facebook" href="https://www.facebook.com/sharer/sharer.php?u={url_abs}" target="_blank"><img src="/modules/contrib/addtoany/images/facebook.png" alt="Facebook"></a>
<a class="a2a_button_zalo" href="https://sp.zalo.me/share_inline?url={url_abs}" target="_blank"><img src="/modules/contrib/addtoany/images/zalo.png" alt="Zalo"></a>
<a class="a2a_button_x" href="https://twitter.com/intent/tweet?url={url_abs}" target="_blank"><img src="/modules/contrib/addtoany/images/x.png" alt="X"></a>
</div>
</article>
<div class="views-element-container block-views-block-tin-cung-kenh khoi-tinkhac" id="block-views-block-tin-cung-kenh-block-1">
<h2 class="kb-tieude">Tin cùng chuyên mục</h2><div class="item-list"><ul>{other_html}</ul></div></div>"""
    return page(request, story.title, main, crumbs, head=head, body_class="node")


def amp_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    parts = []
    for b in story.blocks:
        if isinstance(b, P):
            parts.append(f"<p>{esc(b.text)}</p>")
        elif isinstance(b, Img):
            cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
            parts.append(f'<figure><amp-img src="{esc(b.src)}" width="800" height="533" layout="responsive"></amp-img>{cap}</figure>')
        elif "twitter" in b.html or "instagram" in b.html:
            continue
        elif "paragraph--type--link" not in b.html:
            parts.append(b.html)
    sapo = f'<p class="sapo"><strong>{esc(story.summary)}</strong></p>' if story.summary and story.sapo_outside else ""
    doc = f"""<!doctype html>
<html ⚡ lang="vi"><head><meta charset="utf-8">
<title>{esc(story.title)} | {esc(SITE)}</title>
<link rel="canonical" href="{base}{article_path(story)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
</head><body>
<header class="amp-header"><a href="{base}/">{esc(SITE)}</a> <span>{TODAY_LINE}</span></header>
<article class="amp-article"><div class="amp-kenh">{esc(CHANNELS[story.cat][1])}</div>
<h1>{esc(story.title)}</h1><div class="amp-meta"><time datetime="{utc_attr(story.opts['created'])}">{shown(story.opts['created'], weekday=False)}</time> | Lượt xem: {story.views()}</div>
{sapo}
{"".join(parts)}
</article>
<footer>Bản quyền thuộc Sở GD&amp;ĐT Lâm Đồng. <a href="{base}{article_path(story)}">Xem phiên bản đầy đủ</a></footer>
</body></html>"""
    return html(doc)


# --- listings --------------------------------------------------------------------------------


def _teaser_row(story: Story) -> str:
    created = story.opts["created"]
    return f"""<div class="views-row"><div class="tin-item tin-item--{story.id}">
<div class="tin-item__anh"><a href="{article_path(story)}"><img loading="lazy" src="{esc(_teaser_img(story))}" width="260" height="173" alt="{esc(story.title)}"></a></div>
<div class="tin-item__nd"><h3 class="tin-item__tieude"><a href="{article_path(story)}" hreflang="vi">{esc(story.title)}</a></h3>
<div class="tin-item__ngay"><time datetime="{utc_attr(created)}">{shown(created, weekday=False)}</time></div>
<div class="tin-item__sapo">{esc(_teaser_text(story))}</div>
<a class="xemtiep" href="{article_path(story)}">Xem tiếp »</a></div></div></div>"""


def full_pager(current: int, last: int) -> str:
    items = []
    if current > 0:
        items.append('<li class="pager__item pager__item--first"><a href="?page=0" title="Đến trang đầu">« Đầu</a></li>')
        items.append(f'<li class="pager__item pager__item--previous"><a href="?page={current - 1}" title="Đến trang trước" rel="prev">‹ Trước</a></li>')
    for n in range(last + 1):
        active = " is-active" if n == current else ""
        title = "Trang hiện tại" if n == current else f"Đến trang {n + 1}"
        items.append(f'<li class="pager__item{active}"><a href="?page={n}" title="{title}">{n + 1}</a></li>')
    if current < last:
        items.append(f'<li class="pager__item pager__item--next"><a href="?page={current + 1}" title="Đến trang sau" rel="next">Sau ›</a></li>')
        items.append(f'<li class="pager__item pager__item--last"><a href="?page={last}" title="Đến trang cuối">Cuối »</a></li>')
    return ('<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" '
            f'class="visually-hidden">Phân trang</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>')


def mini_pager(current: int, has_next: bool) -> str:
    items = []
    if current > 0:
        items.append(f'<li class="pager__item pager__item--previous"><a href="?page={current - 1}" title="Đến trang trước" rel="prev">‹‹</a></li>')
    items.append(f'<li class="pager__item is-active">Trang {current + 1}</li>')
    if has_next:
        items.append(f'<li class="pager__item pager__item--next"><a href="?page={current + 1}" title="Đến trang sau" rel="next">››</a></li>')
    return ('<nav class="pager" role="navigation" aria-labelledby="pagination-heading--2"><h4 id="pagination-heading--2" '
            f'class="visually-hidden">Phân trang</h4><ul class="js-pager__items pager__items">{"".join(items)}</ul></nav>')


def _page_number(request: Request) -> int | None:
    raw = request.params.get("page", "0")
    return int(raw) if raw.isdigit() else None


def listing_page(request: Request, key: str) -> Response | None:
    _tid, name, path, parent = CHANNELS[key]
    n = _page_number(request)
    if n is None:
        return None
    stories = in_channel(key)
    per = NEWS_PER_PAGE if key == "tt" else CHANNEL_PER_PAGE
    chunk = stories[n * per : (n + 1) * per]
    last = max(0, (len(stories) - 1) // per)
    if chunk:
        rows = "\n".join(_teaser_row(s) for s in chunk)
    else:
        rows = '<div class="view-empty">Chưa có bài viết nào trong chuyên mục này.</div>'
    pager = ""
    if len(stories) > per:
        pager = full_pager(n, last) if key == "tt" else mini_pager(n, (n + 1) * per < len(stories))
    crumbs: list[tuple[str, str | None]] = []
    if parent:
        crumbs.append((CHANNELS[parent][1], CHANNELS[parent][2]))
    crumbs.append((name, None))
    view_id = "kenh_tin_tuc" if key == "tt" else "taxonomy_term"
    main = f"""<h1 class="page-title tieude-kenh">{esc(name)}</h1>
<div class="views-element-container"><div class="view view-{view_id} view-id-{view_id} view-display-id-page_1 js-view-dom-id-{hashlib.md5(path.encode()).hexdigest()[:16]}">
<div class="view-content ds-tin">{rows}</div>
{pager}
</div></div>"""
    title = name + (f" - Trang {n + 1}" if n else "")
    return page(request, title, main, crumbs, body_class="taxonomy-term")


def tag_page(request: Request, slug: str) -> Response:
    stories = newest_first([s for s in STORIES if slug in s.opts["tags"]])
    rows = "\n".join(_teaser_row(s) for s in stories)
    main = f"""<h1 class="page-title">Từ khóa: {esc(TAGS[slug])}</h1>
<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term"><div class="view-content ds-tin">{rows}</div></div></div>"""
    return page(request, TAGS[slug], main, [("Từ khóa", None), (TAGS[slug], None)], body_class="taxonomy-term")


def search_page(request: Request) -> Response:
    keys = request.params.get("keys", "").strip()
    if not keys:
        body = '<div class="view-empty"><p>Vui lòng nhập từ khóa để tìm kiếm.</p></div>'
    else:
        folded = keys.casefold()
        hits = [s for s in newest_first(STORIES) if folded in s.title.casefold()]
        body = "\n".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in hits)
        body = f'<p>Tìm thấy {len(hits)} kết quả cho “{esc(keys)}”</p><ol class="search-results">{body}</ol>'
    main = f'<h1 class="page-title">Tìm kiếm</h1>{body}'
    return page(request, "Tìm kiếm", main, [("Tìm kiếm", None)], body_class="tim-kiem")


def home_page(request: Request) -> Response:
    latest = newest_first(STORIES)
    featured = [BY_NID[n] for n in (1482, 1478, 1480)]
    slides = "".join(
        f'<div class="noibat-slide"><a href="{article_path(s)}"><img src="{esc(_teaser_img(s, "slider_l"))}" alt=""></a>'
        f'<div class="noibat-chu"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<p>{esc(_teaser_text(s))}</p></div></div>'
        for s in featured)
    tin_moi = "".join(_li_link(s, with_date=True) for s in latest[:5])
    thong_bao = "".join(_li_link(s, with_date=True) for s in in_channel("tb")[:3])
    cds = "".join(
        f'<div class="cds-item"><a href="{article_path(s)}"><img src="{esc(_teaser_img(s, "teaser_s"))}" alt=""></a>'
        f'<h4><a href="{article_path(s)}">{esc(s.title)}</a></h4><span class="ngay">{local(s.opts["created"]).strftime("%d/%m/%Y")}</span></div>'
        for s in in_channel("cds")[:2])
    main = f"""<div id="block-tinnoibat" class="khoi-tc kt-noibat"><h2 class="kb-tieude">Tin nổi bật</h2>
<div class="slick slick--noibat">{slides}</div></div>
<div class="row"><div class="col-md-7"><div id="block-views-block-tin-moi-block-1" class="khoi-tc"><h2 class="kb-tieude"><a href="/tin-tuc">Tin mới</a></h2>
<div class="item-list"><ul class="ds-tinmoi">{tin_moi}</ul></div></div></div>
<div class="col-md-5"><div id="block-views-block-thong-bao-block-1" class="khoi-tc kt-thongbao"><h2 class="kb-tieude"><a href="/chuyen-muc/thong-bao">Thông báo</a></h2>
<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul>{thong_bao}</ul></marquee></div></div></div>
<div id="block-views-block-chuyen-doi-so-block-1" class="khoi-tc"><h2 class="kb-tieude"><a href="/chuyen-muc/chuyen-doi-so">Chuyển đổi số</a></h2>{cds}</div>
<div id="block-lichcongtac-tc" class="khoi-tc"><h2 class="kb-tieude">Lịch công tác</h2><p><a href="/lich-cong-tac/tuan-49-2026">Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026)</a></p></div>
<div id="block-vanban-moi" class="khoi-tc"><h2 class="kb-tieude"><a href="/van-ban">Văn bản mới</a></h2><ul>
<li><a href="/van-ban/quyet-dinh-so-2135-qd-sgddt-ve-viec-ban-hanh-ke-hoach-thi-chon-hoc-sinh-gioi">Quyết định số 2135/QĐ-SGDĐT</a> <span class="ngay">(12/11/2026)</span></li></ul></div>"""
    head = f'<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}">\n<link rel="canonical" href="{base_url(request)}/">'
    return page(request, "Trang chủ", main, [], head=head, body_class="frontpage")


# --- pages that are not articles ------------------------------------------------------------


def basic_page(request: Request, title: str, body: str, crumbs: list[tuple[str, str | None]], nid: int) -> Response:
    main = f"""<article data-history-node-id="{nid}" role="article" class="node node--type-page node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(title)}</span></h1>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{body}</div></article>"""
    return page(request, title, main, crumbs, body_class="node")


CHUC_NANG = """<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lâm Đồng, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên, đào tạo sư phạm; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; chương trình, nội dung giáo dục; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục.</p>
<p><strong>Nhiệm vụ và quyền hạn:</strong></p>
<ol><li>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị, kế hoạch dài hạn, 05 năm và hằng năm về giáo dục;</li>
<li>Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt;</li>
<li>Hướng dẫn, kiểm tra các cơ sở giáo dục thực hiện chương trình, kế hoạch giáo dục.</li></ol>"""

CO_CAU = """<table border="1" cellpadding="4" style="width:100%"><tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Phạm Thị Thanh Hương</td><td>Giám đốc</td><td>0263 3822 224</td></tr>
<tr><td>Nguyễn Văn Hiệp</td><td>Phó Giám đốc</td><td>0263 3822 516</td></tr>
<tr><td>Đinh Quang Tuấn</td><td>Phó Giám đốc</td><td>0263 3821 930</td></tr>
</tbody></table>
<p><strong>Các phòng chuyên môn:</strong> Văn phòng Sở; Thanh tra Sở; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng GDMN-GDTH; Phòng GDTrH; Phòng Quản lý chất lượng.</p>"""


def contact_page(request: Request) -> Response:
    main = """<h1 class="page-title">Liên hệ</h1>
<div class="lienhe-tt"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÂM ĐỒNG</strong></p><p>Địa chỉ: Số 23 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng</p>
<p>Điện thoại: 0263 3822 224 - Fax: 0263 3822 225 - Email: sgddt@lamdong.gov.vn</p></div>
<form class="webform-submission-form webform-submission-lien-he-form" action="/lien-he" method="post" id="webform-submission-lien-he-add-form" accept-charset="UTF-8">
<div class="form-item"><label for="edit-ho-ten" class="js-form-required form-required">Họ và tên</label><input type="text" id="edit-ho-ten" name="ho_ten" value="" size="60" maxlength="255" class="form-text required" required="required"></div>
<div class="form-item"><label for="edit-email">Email</label><input type="email" id="edit-email" name="email" value="" size="60" maxlength="254" class="form-email"></div>
<div class="form-item"><label for="edit-noi-dung">Nội dung</label><textarea id="edit-noi-dung" name="noi_dung" rows="5" cols="60" class="form-textarea"></textarea></div>
<input type="hidden" name="form_id" value="webform_submission_lien_he_add_form">
<input type="submit" id="edit-actions-submit" name="op" value="Gửi" class="webform-button--submit button button--primary js-form-submit form-submit"></form>"""
    return page(request, "Liên hệ", main, [("Liên hệ", None)], body_class="webform")


DOC_PATH = "/van-ban/quyet-dinh-so-2135-qd-sgddt-ve-viec-ban-hanh-ke-hoach-thi-chon-hoc-sinh-gioi"
DOC_PDF = "/sites/default/files/van-ban/2026-11/2135-QD-SGDDT.pdf"


def documents_page(request: Request) -> Response:
    main = f"""<h1 class="page-title">Văn bản</h1>
<div class="views-element-container"><div class="view view-van-ban view-id-van_ban view-display-id-page_1">
<table class="views-table cols-5 table table-bordered"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Cơ quan ban hành</th><th>Tải về</th></tr></thead>
<tbody><tr><td><a href="{DOC_PATH}">2135/QĐ-SGDĐT</a></td><td>12/11/2026</td><td>Quyết định ban hành Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027</td><td>Sở GD&amp;ĐT</td><td><a href="{DOC_PDF}">Tải về</a></td></tr></tbody></table>
</div></div>"""
    return page(request, "Văn bản", main, [("Văn bản", None)], body_class="van-ban")


def document_page(request: Request) -> Response:
    main = f"""<article class="node node--type-van-ban node--view-mode-full"><h1 class="page-title">Quyết định số 2135/QĐ-SGDĐT</h1>
<table class="tt-vanban table"><tbody>
<tr><th>Số/Ký hiệu</th><td>2135/QĐ-SGDĐT</td></tr>
<tr><th>Ngày ban hành</th><td>12/11/2026</td></tr>
<tr><th>Ngày hiệu lực</th><td>12/11/2026</td></tr>
<tr><th>Loại văn bản</th><td>Quyết định</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Người ký</th><td>Nguyễn Văn Hiệp</td></tr>
<tr><th>Trích yếu</th><td>Quyết định ban hành Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{DOC_PDF}">2135-QD-SGDDT.pdf</a></td></tr>
</tbody></table></article>"""
    return page(request, "Quyết định số 2135/QĐ-SGDĐT", main, [("Văn bản", "/van-ban"), ("2135/QĐ-SGDĐT", None)], body_class="node")


ALBUM_PATH = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027"


def albums_page(request: Request) -> Response:
    main = f"""<h1 class="page-title">Thư viện ảnh</h1><div class="view view-thu-vien-anh"><div class="view-content">
<div class="views-row album-item"><a href="{ALBUM_PATH}"><img src="{styled('teaser_m', '2026-09', 'khai-giang-2026-1.jpg')}" alt=""></a>
<h3><a href="{ALBUM_PATH}">Lễ khai giảng năm học 2026-2027</a></h3><span>(12 ảnh)</span></div></div></div>"""
    return page(request, "Thư viện ảnh", main, [("Thư viện ảnh", None)], body_class="thu-vien-anh")


def album_page(request: Request) -> Response:
    imgs = "".join(
        f'<div class="album-anh"><img src="{styled("gallery", "2026-09", f"khai-giang-2026-{n}.jpg")}" alt="Khai giảng {n}"></div>'
        for n in range(1, 5))
    main = f"""<article class="media media--type-gallery media--view-mode-full"><h1 class="page-title">Lễ khai giảng năm học 2026-2027</h1>
<div class="album-ngay">Ngày đăng: 05/09/2026</div><div class="album-luoi">{imgs}</div></article>"""
    return page(request, "Lễ khai giảng năm học 2026-2027", main, [("Thư viện ảnh", "/thu-vien-anh"), ("Lễ khai giảng năm học 2026-2027", None)], body_class="media")


def video_page(request: Request) -> Response:
    main = """<article class="media media--type-video media--view-mode-full"><h1 class="page-title">Hội thi giáo viên dạy giỏi cấp tỉnh bậc tiểu học</h1>
<div class="field field--name-field-media-video-embed-field"><iframe width="854" height="480" src="https://www.youtube.com/embed/k3Lm9Qx2VbE" frameborder="0" allowfullscreen></iframe></div>
<p class="video-mota">Phóng sự về Hội thi giáo viên dạy giỏi cấp tỉnh bậc tiểu học năm học 2025-2026 (Nguồn: Đài PT-TH Lâm Đồng).</p></article>"""
    return page(request, "Hội thi giáo viên dạy giỏi cấp tỉnh bậc tiểu học", main, [("Video", None)], body_class="media")


def calendar_page(request: Request) -> Response:
    rows = [
        ("Thứ Hai 30/11", "08h00: Giám đốc Sở dự giao ban UBND tỉnh.", "14h00: Họp Ban Giám đốc."),
        ("Thứ Ba 01/12", "07h30: PGĐ Nguyễn Văn Hiệp làm việc tại Trường THPT Lộc Phát.", "14h00: Làm việc tại Sở."),
        ("Thứ Tư 02/12", "08h00: Hội nghị sơ kết công tác bán trú.", "13h30: Giám đốc Sở tiếp công dân."),
        ("Thứ Năm 03/12", "Cả ngày: Kiểm tra công tác phổ cập giáo dục tại xã Đam Rông.", ""),
        ("Thứ Sáu 04/12", "08h00: Công bố kết quả thi HSG cấp tỉnh lớp 12.", "14h00: Họp giao ban Sở."),
    ]
    trs = "".join(f"<tr><td>{d}</td><td>{esc(m)}</td><td>{esc(a)}</td></tr>" for d, m, a in rows)
    main = f"""<article class="node node--type-lich-cong-tac"><h1 class="page-title">Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026)</h1>
<table class="lct table table-bordered"><thead><tr><th>Ngày</th><th>Sáng</th><th>Chiều</th></tr></thead><tbody>{trs}</tbody></table></article>"""
    return page(request, "Lịch công tác tuần 49", main, [("Lịch công tác", None)], body_class="node")


def not_found(request: Request) -> Response:
    main = '<h1 class="page-title">Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>'
    return page(request, "Không tìm thấy trang", main, [("Không tìm thấy trang", None)], status=404, body_class="system-404")


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link><description>{esc(_teaser_text(s))}</description>"
        f"<pubDate>{local(s.opts['created']).strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate><dc:creator>{esc(s.opts['poster'])}</dc:creator>"
        f'<guid isPermaLink="false">{s.id} at {base}</guid></item>'
        for s in newest_first(STORIES)[:6])
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{esc(SITE)}</title><link>{base}/</link>
<description></description><language>vi</language>{items}</channel></rss>"""
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


ROBOTS = """#
# robots.txt
#
User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.js$
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.png
# Directories
Disallow: /core/
Disallow: /profiles/
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
"""


# --- routing ---------------------------------------------------------------------------------

_NODE = re.compile(r"^/node/(\d+)$")
_STATIC_PREFIXES = ("/sites/default/files/", "/themes/", "/core/", "/modules/")


class ThunderSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_PREFIXES):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in (
                    DOC_PDF, *(f"/sites/default/files/2026-12/{f}" for s in STORIES for f, _ in s.opts.get("files", []))
                ) else None
            return static_file(path)
        story = None
        if path.startswith("/tin-tuc/"):
            story = BY_SLUG.get(path[len("/tin-tuc/"):])
        elif m := _NODE.match(path):
            story = BY_NID.get(int(m.group(1)))
        if story is not None:
            if "amp" in request.params:
                return amp_page(request, story)
            return article_page(request, story)
        if path == "/":
            return home_page(request)
        if path == "/tin-tuc":
            return listing_page(request, "tt")
        for key, (_tid, _name, cpath, _parent) in CHANNELS.items():
            if path == cpath and key != "tt":
                return listing_page(request, key)
        if path.startswith("/tags/") and path[6:] in TAGS:
            return tag_page(request, path[6:])
        simple = {
            "/gioi-thieu/chuc-nang-nhiem-vu": lambda r: basic_page(
                r, "Chức năng, nhiệm vụ", CHUC_NANG, [("Giới thiệu", None), ("Chức năng, nhiệm vụ", None)], 12),
            "/gioi-thieu/co-cau-to-chuc": lambda r: basic_page(
                r, "Cơ cấu tổ chức", CO_CAU, [("Giới thiệu", None), ("Cơ cấu tổ chức", None)], 13),
            "/lien-he": contact_page,
            "/van-ban": documents_page,
            DOC_PATH: document_page,
            "/thu-vien-anh": albums_page,
            ALBUM_PATH: album_page,
            "/video/hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc": video_page,
            "/lich-cong-tac/tuan-49-2026": calendar_page,
            "/tim-kiem": search_page,
            "/rss.xml": rss,
            "/robots.txt": lambda r: Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"}),
        }
        handler = simple.get(path)
        if handler is not None:
            return handler(request)
        return not_found(request)


def build_site() -> ThunderSite:
    return ThunderSite()


# --- gold ------------------------------------------------------------------------------------

GOLD = [
    gold_record(
        s,
        article_path(s),
        CHANNELS[s.cat][1],
        canonical_path=article_path(s),
        alt_paths=[f"/node/{s.id}", f"{article_path(s)}?amp"],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    DOC_PATH,
    ALBUM_PATH,
    "/video/hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc",
    "/lich-cong-tac/tuan-49-2026",
]
