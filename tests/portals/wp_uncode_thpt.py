"""Trường THPT Lê Hồng Phong, thành phố Nam Định: WordPress 6 + Uncode theme (blind fixture).

Platform
    WordPress 6.7 with the Uncode theme (2.9, its own fork of WPBakery: ``vc_row row-container``
    > ``row-inner`` > ``uncol`` > ``uncoltable`` > ``uncell`` > ``uncont`` > ``uncode_text_column``),
    the "Uncode Posts" isotope grid (``tmb`` / ``t-inside`` / ``t-entry-*`` tiles), Yoast SEO
    (title/og/JSON-LD graph in UTC, ``<p id="breadcrumbs">`` with the primary category) and WPML
    with English as a hidden second language whose posts are *duplicates* of the Vietnamese ones.

URL scheme
    ``/``                                   home: hero row, "Tin mới" Uncode Posts grid (5 a page,
                                            numbered pagination ``/?upage=<N>``, Uncode's ajax
                                            fallback), a "Thông báo" list grid (2 newest notices)
    ``/tin-tuc/<slug>/``                    a post (custom permalink ``/tin-tuc/%postname%/``)
    ``/tin-tuc/<slug>/?replytocom=<id>``    the same post (WordPress comment-reply links)
    ``/tin-tuc/<slug>/<attachment>/``       an attachment page (an image linked "to attachment page")
    ``/en/tin-tuc/<slug>/``                 WPML English duplicate of 3 posts (same Vietnamese text)
    ``/chuyen-muc/<cat>/``, ``…/page/<N>/``  category archive, 4 a page; ``?upage=<N>`` also answers
    ``/the/<tag>/``                         tag archive (not paginated: ≤ 4 posts each)
    ``/<slug>/``                            pages: gioi-thieu, doi-ngu-giao-vien, lien-he, thu-vien-anh
    ``/portfolio/<slug>/``                  an Uncode portfolio item (photo album)
    ``/?p=<id>``                            Yoast/WP shortlink: 301 to the permalink
    ``/?s=<q>``                             search results (empty)

Templates
    Every page: top bar with today's date, Uncode masthead menu with drop-downs, page header
    (``#page-header`` … ``h1.header-title``), a sidebar (recent posts, WP-PostViews "Xem nhiều",
    visitor counter, WP-Polls poll), footer with address/phone/email and the WPML footer switcher.
    A post: Yoast breadcrumbs row, the content as several WPBakery rows, then tags + share row,
    Uncode author box, prev/next navigation, a "Bài viết liên quan" Uncode Posts grid, comments.

How each gold article is reached
    (S1 … S13 = STORIES in order, newest first.) Home grid page 1 (``/``): S1–S5; ``/?upage=2``:
    S6–S10; ``/?upage=3``: S11–S13. Categories, 4 a page: Tin tức (7 posts: page 2 holds S10, S12,
    S13), Thông báo (S1, S5, S11), Hoạt động Đoàn (S3, S7, S10), Thành tích học sinh (S2, S8, S12).
    S13 is listed only on page 2+ listings (``/?upage=3``, ``/chuyen-muc/tin-tuc/page/2/``); its
    only other way in is S12's "Bài trước" link. The sidebar lists S1–S5 and five most-read.

Traps
    1. Vietnamese WordPress dates in words: the post-info prints ``date_i18n('j F, Y')`` +
       ``g:i a`` with the vi locale: "3 Tháng Mười Hai, 2026 lúc 6:15 sáng", "10 Tháng Mười Một,
       2026 lúc 12:10 chiều" (12:10, noon), "Tháng Mười" is October and a prefix of November and
       December. Gold: the local time with +07:00. "28 Tháng Mười Một, 2026 lúc 12:00 sáng" is
       midnight: gold is the day alone ("2026-11-28").
    2. Yoast prints ``article:published_time`` and the JSON-LD ``datePublished`` in UTC
       (+00:00): posts made before 07:00 local fall on the previous day there (S2: meta
       "2026-12-02T23:15:00+00:00", page "3 Tháng Mười Hai … 6:15 sáng"). Gold is the local time
       "2026-12-03T06:15:00+07:00"; a "2026-12-02" day is wrong. ``dateModified`` is never it.
    3. Uncode's media module prints its caption as a heading, ``<h3 class="t-entry-title h6">``
       inside ``t-entry-text`` under the photo (the very classes the Posts grid uses for its tiles'
       titles). Gold: the caption of that photo, not a body heading (S2, S7, S10).
    4. Responsive duplicates: Uncode rows carry ``desktop-hidden tablet-hidden`` /
       ``mobile-hidden`` visibility classes, and the editor printed the same sub-heading twice,
       once for phones and once for desktops (S6). Gold: the heading once.
    5. WPML duplicates: ``/en/tin-tuc/<slug>/`` of S2, S6, S12 carry the identical Vietnamese text
       under English chrome ("Home", "December 3, 2026 at 6:15 am", "By quantri"), with a Yoast
       canonical pointing to themselves; reached from the WPML footer switcher left on those
       posts. Gold: one article each, the /en/ URL in ``alt_paths``; canonical = the Vietnamese path.
    6. Posts in two categories: Uncode's post-info lists them by name ("Hoạt động Đoàn, Tin tức",
       "Thành tích học sinh, Tin tức"), the first printed one is not the primary; Yoast's
       breadcrumb shows the primary. Gold category = the breadcrumb's (S10, S12: "Tin tức").
    7. The text is split over several WPBakery rows (lead column, text columns, full-width media
       rows, a gallery row, a button row), and the same ``post-content`` wrapper then holds the
       "Bài viết liên quan" Posts grid whose ``t-entry-excerpt`` paragraphs look like text, and
       the Uncode author box with the account's bio. Gold: every text row, nothing after them.
    8. wptexturize: the h1 prints ``&#8211;`` between year numbers and ``&#8220;…&#8221;`` for the
       typed quotes, while Yoast's <title>/og:title print a custom SEO title with plain "-" and
       straight quotes. Gold title = the h1 as printed ("2026–2027", curly quotes).
    9. Uncode adaptive images: ``src`` is a resized ``…-uai-720x480.jpg`` with the original in
       ``data-guid``; gallery tiles link the full file for the lightbox and carry a
       ``data-caption`` that is only the camera's file name. Gold: ``src`` as printed; gallery
       captions None.
    10. Comment ``?replytocom=<id>`` links serve the whole post again (canonical to the clean URL):
        in ``alt_paths``. Comment texts, "bình luận về …" and the reply form are not body.
    11. An image "linked to attachment page" (S9) leads to a WordPress attachment page with an
        h1, a date, a byline and a description paragraph: not an article (NON_ARTICLES).
    12. Bylines: Uncode prints "Bởi quantri" (a CMS account: nobody) and an author box; the real
        signature closes the text: right-aligned "Tổ Văn phòng" (a unit: the author), "Tin: ThS.
        Nguyễn Văn Hùng – Ảnh: Lê Minh Tuấn", "Tin, ảnh: …", "Bài: Hoàng Lan Anh (GV Ngữ văn)",
        "BBT" (nobody); "Nguồn: …" is the source.
    13. S1 is an official notice (letterhead table, "Số: …", "Nam Định, ngày 03 tháng 12 năm
        2026", "THÔNG BÁO / Về việc …", schedule table, "Nơi nhận" + signer) posted a day later
        ("4 Tháng Mười Hai … 3:45 chiều"): gold date is the letterhead's day, the signer the author,
        the schedule table rows are body.
    14. WordPress emoji pasted as pictures (``<img class="emoji" alt="📌" src="https://s.w.org/…">``)
        start list lines in S5: bullets, no text, not images; "Xem thêm:" and the PDF button are
        not body.

Gold decisions on ambiguous points
    - ``published_at`` comes from the visible post-info line (Trap 1), never the UTC meta.
    - Sapo: an Uncode ``uncode_text_column text-lead`` column or a paragraph printed all bold is the
      summary (and the body's first paragraph); Yoast's meta description is never one.
    - Q&A lines "PV: … <br> Khôi: …" are two paragraphs, the speaker labels kept as printed.
    - The gallery's ``data-caption`` (a file name, shown only in the lightbox) is no caption.
    - The /en/ duplicates are not articles of their own (same text): alt_paths of the Vietnamese
      post, whose URL is the canonical. ``?replytocom`` pages likewise.
    - Attachment pages, the portfolio album, the intro/staff/contact pages are NON_ARTICLES; the
      photo library page ``/thu-vien-anh/`` is a listing (neither).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_uncode_thpt"
PLATFORM = "WordPress 6 + Uncode (WPBakery fork) + Yoast SEO + WPML"
START_PATH = "/"

SITE = "Trường THPT Lê Hồng Phong - Nam Định"
TODAY_VI = "Thứ Bảy, 05/12/2026"
ICT = timezone(timedelta(hours=7))

CATS = {
    "tin-tuc": "Tin tức",
    "thong-bao": "Thông báo",
    "hoat-dong-doan": "Hoạt động Đoàn",
    "thanh-tich": "Thành tích học sinh",
}
TAGS = {
    "hoc-sinh-gioi": "học sinh giỏi",
    "doan-thanh-nien": "đoàn thanh niên",
    "ngay-nha-giao": "ngày nhà giáo",
}
GRID_PER_PAGE = 5
CAT_PER_PAGE = 4

UP = "/wp-content/uploads"


def _right(text_html: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{text_html}</p>')


ROW = Raw("ROW")

_LETTERHEAD = """<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>
<tr><td style="width: 42%; text-align: center;">SỞ GD&amp;ĐT NAM ĐỊNH<br><strong>TRƯỜNG THPT LÊ HỒNG PHONG</strong></td>
<td style="width: 58%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong><span style="text-decoration: underline;">Độc lập &#8211; Tự do &#8211; Hạnh phúc</span></strong></td></tr>
<tr><td style="text-align: center;">Số: 215/TB-THPTLHP</td>
<td style="text-align: right;"><em>Nam Định, ngày 03 tháng 12 năm 2026</em></td></tr>
</tbody></table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026&#8211;2027</strong></p>"""

_SIGNOFF = """<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>&#8211; Các tổ chuyên môn;<br>&#8211; GVCN các lớp;<br>&#8211; Đăng website trường;<br>&#8211; Lưu: VT.</td>
<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong><br><br><br><br><strong>Trần Thị Minh Nguyệt</strong></td>
</tr></tbody></table>"""

_PDF_BUTTON = (
    '<span class="btn-container"><a href="/wp-content/uploads/2026/12/215-TB-THPTLHP.pdf" '
    'class="custom-link btn border-width-0 btn-accent btn-icon-left" target="_blank">'
    '<i class="fa fa-file-pdf-o"></i>Tải về thông báo (PDF)</a></span>'
)


@dataclass(frozen=True)
class Comment:
    id: int
    author: str
    when: datetime
    text: str


def _dt(m: int, d: int, h: int, mi: int) -> datetime:
    return datetime(2026, m, d, h, mi, tzinfo=ICT)


STORIES: list[Story] = [
    Story(
        id=4127,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026–2027",
        cat="thong-bao",
        published_at="2026-12-03",
        authors=["Trần Thị Minh Nguyệt"],
        blocks=[
            Raw(_LETTERHEAD),
            P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026–2027; căn cứ Hướng dẫn số 1862/SGDĐT-GDTrH "
              "của Sở Giáo dục và Đào tạo Nam Định về kiểm tra, đánh giá học sinh trung học;", "justify"),
            P("Trường THPT Lê Hồng Phong thông báo lịch kiểm tra cuối học kỳ I đối với học sinh các khối 10, 11 "
              "và 12 như sau:", "justify"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("14/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("15/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("16/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh. Giáo viên "
              "chủ nhiệm phổ biến thông báo này tới toàn thể học sinh và cha mẹ học sinh.", "justify"),
            Raw(_SIGNOFF),
            ROW,
            Raw(_PDF_BUTTON),
        ],
        opts={"when": _dt(12, 4, 15, 45), "cats": ["thong-bao"],
              "seo_title": "Thông báo lịch kiểm tra cuối HK I năm học 2026-2027",
              "desc": "Lịch kiểm tra cuối học kỳ I các khối 10, 11, 12 năm học 2026-2027."},
    ),
    Story(
        id=4119,
        slug="hoc-sinh-le-hong-phong-gianh-12-giai-hoc-sinh-gioi-tinh",
        title="Học sinh Lê Hồng Phong giành 12 giải tại kỳ thi chọn học sinh giỏi tỉnh lớp 12",
        cat="thanh-tich",
        published_at="2026-12-03T06:15:00+07:00",
        authors=["Nguyễn Văn Hùng"],
        photographers=["Lê Minh Tuấn"],
        summary="Kết thúc kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026–2027, đội tuyển của "
                "nhà trường giành 12 giải, trong đó có 2 giải Nhất, xếp thứ ba toàn tỉnh.",
        blocks=[
            P("Kết thúc kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026–2027, đội tuyển của "
              "nhà trường giành 12 giải, trong đó có 2 giải Nhất, xếp thứ ba toàn tỉnh.", "lead"),
            P("Kỳ thi diễn ra trong hai ngày 28 và 29/11/2026 với sự tham gia của hơn 1.400 thí sinh đến từ "
              "các trường THPT trong tỉnh. Trường THPT Lê Hồng Phong có 18 học sinh dự thi ở 9 môn."),
            Img(f"{UP}/2026/12/doi-tuyen-hsg-uai-720x480.jpg",
                "Đội tuyển học sinh giỏi lớp 12 chụp ảnh lưu niệm cùng Ban Giám hiệu",
                "Đội tuyển học sinh giỏi lớp 12 chụp ảnh lưu niệm cùng Ban Giám hiệu", "uncode"),
            P("Kết quả cụ thể theo từng môn:", ""),
            P("Môn | Nhất | Nhì | Ba | Khuyến khích", "th"),
            P("Toán | 1 | 1 | 0 | 1", "tr"),
            P("Ngữ văn | 1 | 0 | 2 | 0", "tr"),
            P("Hóa học | 0 | 2 | 1 | 0", "tr"),
            P("Tiếng Anh | 0 | 1 | 1 | 1", "tr"),
            ROW,
            P("Thầy Phạm Đức Long, Hiệu trưởng nhà trường, chúc mừng các em và ghi nhận sự tận tâm của "
              "các thầy cô bồi dưỡng đội tuyển trong suốt bốn tháng ôn luyện."),
            P("Đây là năm thứ năm liên tiếp nhà trường nằm trong nhóm dẫn đầu tỉnh về số lượng giải học "
              "sinh giỏi lớp 12."),
            _right("<strong>Tin: ThS. Nguyễn Văn Hùng &#8211; Ảnh: Lê Minh Tuấn</strong>"),
        ],
        opts={"when": _dt(12, 3, 6, 15), "cats": ["thanh-tich", "tin-tuc"], "en": True,
              "tags": ["hoc-sinh-gioi"],
              "seo_title": "Học sinh Lê Hồng Phong giành 12 giải HSG tỉnh lớp 12",
              "desc": "Đội tuyển học sinh giỏi trường THPT Lê Hồng Phong giành 12 giải cấp tỉnh."},
    ),
    Story(
        id=4102,
        slug="dem-hoi-tuoi-tre-le-hong-phong-tiep-buoc-truyen-thong",
        title="Đêm hội “Tuổi trẻ Lê Hồng Phong – Tiếp bước truyền thống”",
        cat="hoat-dong-doan",
        published_at="2026-12-01T14:30:00+07:00",
        authors=["Nguyễn Ngọc Ánh"],
        photographers=["Nguyễn Ngọc Ánh"],
        blocks=[
            P("Tối 29/11, Đoàn trường tổ chức đêm hội văn nghệ “Tuổi trẻ Lê Hồng Phong – Tiếp bước truyền "
              "thống” chào mừng kỷ niệm 95 năm ngày thành lập Đoàn TNCS Hồ Chí Minh."),
            P("Chương trình gồm 16 tiết mục ca, múa, nhạc, kịch do các chi đoàn dàn dựng, thu hút hơn "
              "1.500 đoàn viên, học sinh và cha mẹ học sinh tới cổ vũ."),
            Img(f"{UP}/2026/12/dem-hoi-01-uai-258x172.jpg", "IMG_2231", None, "gallery"),
            Img(f"{UP}/2026/12/dem-hoi-02-uai-258x172.jpg", "IMG_2240", None, "gallery"),
            Img(f"{UP}/2026/12/dem-hoi-03-uai-258x172.jpg", "IMG_2262", None, "gallery"),
            ROW,
            P("Giải Nhất thuộc về chi đoàn 11 Anh 1 với tiết mục múa “Khúc tráng ca tuổi trẻ”; giải Nhì "
              "thuộc về các chi đoàn 12 Toán và 10 Văn."),
            P("Toàn bộ số tiền 23.500.000 đồng thu được từ gian hàng hội chợ được trao cho quỹ “Áo ấm "
              "cho em” của Đoàn trường."),
            _right("<em>Tin, ảnh: Nguyễn Ngọc Ánh (lớp 11 Văn 1)</em>"),
        ],
        opts={"when": _dt(12, 1, 14, 30), "cats": ["hoat-dong-doan"], "tags": ["doan-thanh-nien"],
              "seo_title": "Đêm hội \"Tuổi trẻ Lê Hồng Phong - Tiếp bước truyền thống\"",
              "desc": "Đêm hội văn nghệ chào mừng 95 năm thành lập Đoàn.",
              "comments": [
                  Comment(51, "Trần Thảo Vy", _dt(12, 1, 20, 11), "Đêm hội rất ấn tượng, chúc mừng 11 Anh 1!"),
                  Comment(53, "Phụ huynh lớp 10 Văn", _dt(12, 2, 7, 40),
                          "Cảm ơn các thầy cô và các con đã có một chương trình ý nghĩa."),
              ]},
    ),
    Story(
        id=4088,
        slug="hoi-nghi-cha-me-hoc-sinh-khoi-12",
        title="Hội nghị cha mẹ học sinh khối 12: đồng hành cùng kỳ thi tốt nghiệp THPT 2027",
        cat="tin-tuc",
        published_at="2026-11-28",
        authors=["Tổ Văn phòng"],
        summary="Sáng 27/11, nhà trường tổ chức hội nghị cha mẹ học sinh khối 12 nhằm thống nhất các giải "
                "pháp ôn tập cho kỳ thi tốt nghiệp THPT năm 2027.",
        blocks=[
            P("Sáng 27/11, nhà trường tổ chức hội nghị cha mẹ học sinh khối 12 nhằm thống nhất các giải "
              "pháp ôn tập cho kỳ thi tốt nghiệp THPT năm 2027.", "bold"),
            P("Tại hội nghị, cô Trần Thị Minh Nguyệt, Phó Hiệu trưởng, thông tin về phương án thi tốt "
              "nghiệp mới, lịch ôn tập buổi chiều và kế hoạch thi thử ba đợt trong học kỳ II."),
            Img(f"{UP}/2026/11/hoi-nghi-cmhs-1024x683.jpg",
                "Cô Trần Thị Minh Nguyệt phát biểu tại hội nghị",
                "Cô Trần Thị Minh Nguyệt phát biểu tại hội nghị", "figure"),
            P("Nhiều ý kiến của cha mẹ học sinh đề nghị tăng thời lượng luyện đề và có thông báo kết quả "
              "học tập định kỳ qua ứng dụng liên lạc điện tử."),
            P("Kết thúc hội nghị, Ban đại diện cha mẹ học sinh khối 12 nhiệm kỳ 2026–2027 đã được kiện toàn."),
            _right("<strong>Tổ Văn phòng</strong>"),
        ],
        opts={"when": _dt(11, 28, 0, 0), "cats": ["tin-tuc"],
              "seo_title": "Hội nghị cha mẹ học sinh khối 12 năm học 2026-2027",
              "desc": "Hội nghị cha mẹ học sinh khối 12 trường THPT Lê Hồng Phong."},
    ),
    Story(
        id=4075,
        slug="ke-hoach-ngay-hoi-huong-nghiep-nam-2026",
        title="Kế hoạch tổ chức Ngày hội hướng nghiệp năm 2026",
        cat="thong-bao",
        published_at="2026-11-25T09:05:00+07:00",
        blocks=[
            P("Nhằm giúp học sinh khối 12 có thêm thông tin lựa chọn ngành nghề, nhà trường phối hợp với "
              "các trường đại học tổ chức Ngày hội hướng nghiệp năm 2026."),
            P("Thời gian: 7h30, Chủ nhật ngày 06/12/2026.", "pin"),
            P("Địa điểm: sân trường và hội trường tầng 3, nhà A.", "pin"),
            P("Thành phần: toàn bộ học sinh khối 12, giáo viên chủ nhiệm và cha mẹ học sinh quan tâm.", "pin"),
            P("Các đơn vị tham gia tư vấn gồm Đại học Bách khoa Hà Nội, Đại học Kinh tế Quốc dân, Học viện "
              "Quân y và Đại học Điều dưỡng Nam Định."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/tin-tuc/hoi-nghi-cha-me-hoc-sinh-khoi-12/">Hội nghị cha '
                'mẹ học sinh khối 12: đồng hành cùng kỳ thi tốt nghiệp THPT 2027</a></p>'),
            Raw('<p><a href="/wp-content/uploads/2026/11/KH-ngay-hoi-huong-nghiep-2026.pdf">'
                '<img class="alignnone" src="/wp-content/plugins/pdf-icon/pdf.png" alt="" width="16" height="16">'
                ' KH-ngay-hoi-huong-nghiep-2026.pdf</a></p>'),
        ],
        opts={"when": _dt(11, 25, 9, 5), "cats": ["thong-bao"],
              "seo_title": "Kế hoạch Ngày hội hướng nghiệp 2026",
              "desc": "Ngày hội hướng nghiệp dành cho học sinh khối 12."},
    ),
    Story(
        id=4061,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-20T07:30:00+07:00",
        authors=["Hoàng Lan Anh"],
        photographers=["Trần Minh Đức"],
        summary="Sáng 19/11, Trường THPT Lê Hồng Phong long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam trong không khí ấm áp, trang trọng.",
        blocks=[
            P("Sáng 19/11, Trường THPT Lê Hồng Phong long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam trong không khí ấm áp, trang trọng.", "lead"),
            P("Tới dự có đại diện lãnh đạo Sở Giáo dục và Đào tạo, UBND phường Vị Xuyên, các thế hệ thầy "
              "cô giáo nghỉ hưu và đông đảo cựu học sinh."),
            ROW,
            P("Những bông hoa tri ân", "dup"),
            P("Thay mặt học sinh toàn trường, em Đỗ Khánh Linh (lớp 12 Văn) bày tỏ lòng biết ơn tới các thầy "
              "cô đã tận tụy với từng bài giảng."),
            Img(f"{UP}/2026/11/le-20-11-1024x683.jpg", "Ảnh: Trần Minh Đức", None, "figure"),
            P("Dịp này, 14 thầy cô được tặng Giấy khen của Sở GD&ĐT vì có thành tích xuất sắc trong năm "
              "học 2025–2026."),
            _right("<em>Bài: Hoàng Lan Anh (GV Ngữ văn)</em>"),
        ],
        opts={"when": _dt(11, 20, 7, 30), "cats": ["tin-tuc"], "en": True, "tags": ["ngay-nha-giao"],
              "seo_title": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20-11",
              "desc": "Lễ kỷ niệm Ngày Nhà giáo Việt Nam tại trường THPT Lê Hồng Phong."},
    ),
    Story(
        id=4050,
        slug="doan-truong-phat-dong-phong-trao-ke-hoach-nho",
        title="Đoàn trường phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        cat="hoat-dong-doan",
        published_at="2026-11-16T16:20:00+07:00",
        source="Tỉnh đoàn Nam Định",
        blocks=[
            P("Hưởng ứng chương trình “Chủ nhật xanh” của Tỉnh đoàn, Đoàn trường THPT Lê Hồng Phong phát "
              "động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa trong toàn trường."),
            Img(f"{UP}/2026/11/ke-hoach-nho-uai-720x480.jpg",
                "Đoàn viên lớp 10 Sinh phân loại giấy vụn tại sân trường",
                "Đoàn viên lớp 10 Sinh phân loại giấy vụn tại sân trường", "uncode"),
            P("Mỗi chi đoàn đăng ký chỉ tiêu tối thiểu 50 kg giấy vụn; kết quả được cộng vào thi đua cuối "
              "học kỳ I."),
            P("Toàn bộ số tiền thu được sẽ dùng để mua sách vở tặng học sinh có hoàn cảnh khó khăn."),
            Raw("<p><em>Nguồn: Tỉnh đoàn Nam Định</em></p>"),
        ],
        opts={"when": _dt(11, 16, 16, 20), "cats": ["hoat-dong-doan"], "tags": ["doan-thanh-nien"],
              "seo_title": "Phong trào \"Kế hoạch nhỏ\" thu gom giấy vụn",
              "desc": "Đoàn trường phát động phong trào Kế hoạch nhỏ."},
    ),
    Story(
        id=4038,
        slug="nguyen-minh-khoi-tam-guong-vuot-kho-hoc-gioi",
        title="Nguyễn Minh Khôi – tấm gương học sinh vượt khó học giỏi",
        cat="thanh-tich",
        published_at="2026-11-10T12:10:00+07:00",
        authors=["Vũ Thị Hằng"],
        blocks=[
            P("Mồ côi cha từ năm lớp 6, Nguyễn Minh Khôi (lớp 11 Lý) vẫn luôn đứng đầu lớp và vừa giành "
              "Huy chương Bạc Olympic Vật lý khu vực Duyên hải Bắc Bộ."),
            P("PV: Điều gì giúp em giữ được phong độ học tập?", "br"),
            P("Khôi: Em muốn mẹ bớt vất vả, nên mỗi ngày em đều tự đặt mục tiêu nhỏ và hoàn thành nó."),
            P("Thầy giáo chủ nhiệm Đặng Quốc Việt nhận xét:"),
            P("Khôi là học sinh chăm chỉ, khiêm tốn và luôn sẵn lòng giúp đỡ bạn bè.", "quote"),
            P("Năm học này, Khôi được nhận học bổng “Vừ A Dính” và học bổng của Hội Khuyến học tỉnh."),
            _right("<strong>Vũ Thị Hằng</strong><br><em>(Bí thư Đoàn trường)</em>"),
        ],
        opts={"when": _dt(11, 10, 12, 10), "cats": ["thanh-tich"], "tags": ["hoc-sinh-gioi"],
              "seo_title": "Nguyễn Minh Khôi - tấm gương vượt khó học giỏi",
              "desc": "Chân dung học sinh vượt khó Nguyễn Minh Khôi.",
              "comments": [Comment(47, "Lê Thu Trang", _dt(11, 10, 21, 2), "Khôi giỏi quá, cố lên em nhé!")]},
    ),
    Story(
        id=4026,
        slug="so-gddt-kiem-tra-cong-tac-chuyen-mon",
        title="Sở GD&ĐT Nam Định kiểm tra công tác chuyên môn tại trường",
        cat="tin-tuc",
        published_at="2026-11-05T14:00:00+07:00",
        source="Cổng TTĐT Sở GD&ĐT Nam Định",
        blocks=[
            P("Ngày 04/11/2026, đoàn công tác của Sở GD&ĐT Nam Định do ông Vũ Văn Thành, Trưởng phòng "
              "Giáo dục Trung học, làm trưởng đoàn đã kiểm tra công tác chuyên môn tại nhà trường."),
            Img(f"{UP}/2026/11/doan-kiem-tra-so-gddt-1024x683.jpg",
                "(Đoàn kiểm tra làm việc với Ban Giám hiệu nhà trường)",
                "Đoàn kiểm tra làm việc với Ban Giám hiệu nhà trường", "attach"),
            P("Đoàn đã dự 12 tiết dạy, kiểm tra hồ sơ của 4 tổ chuyên môn và việc thực hiện chương trình "
              "giáo dục phổ thông 2018 ở cả ba khối lớp."),
            P("Kết luận buổi kiểm tra, đoàn đánh giá cao việc đổi mới phương pháp dạy học và đề nghị nhà "
              "trường tiếp tục đẩy mạnh chuyển đổi số trong quản lý."),
            Raw('<p style="text-align: right;"><em>Nguồn: <a href="https://namdinh.edu.vn/" rel="noopener">'
                "Cổng TTĐT Sở GD&amp;ĐT Nam Định</a></em></p>"),
        ],
        opts={"when": _dt(11, 5, 14, 0), "cats": ["tin-tuc"],
              "attachment": ("doan-kiem-tra-so-gddt", 4031),
              "seo_title": "Sở GD&ĐT Nam Định kiểm tra chuyên môn trường THPT Lê Hồng Phong",
              "desc": "Đoàn kiểm tra của Sở GD&ĐT làm việc tại trường."},
    ),
    Story(
        id=4013,
        slug="khai-mac-giai-bong-da-nam-hoc-sinh-chao-mung-20-11",
        title="Khai mạc giải bóng đá nam học sinh chào mừng 20/11",
        cat="tin-tuc",
        published_at="2026-10-30T08:45:00+07:00",
        authors=["Trần Quốc Bảo"],
        blocks=[
            P("Chiều 29/10, tại sân vận động nhà trường, giải bóng đá nam học sinh năm 2026 đã chính thức "
              "khởi tranh với sự tham gia của 24 đội bóng đến từ các lớp."),
            Img(f"{UP}/2026/10/bong-da-khai-mac-uai-720x480.jpg",
                "Trận khai mạc giữa 12 Toán và 11 Tin",
                "Trận khai mạc giữa 12 Toán và 11 Tin", "uncode"),
            P("Các đội được chia thành 6 bảng thi đấu vòng tròn; hai đội đứng đầu mỗi bảng và bốn đội thứ "
              "ba có thành tích tốt nhất vào vòng loại trực tiếp."),
            P("Trận chung kết dự kiến diễn ra ngày 18/11/2026."),
            _right("<em>Tin: Trần Quốc Bảo</em>"),
        ],
        opts={"when": _dt(10, 30, 8, 45), "cats": ["tin-tuc", "hoat-dong-doan"],
              "seo_title": "Khai mạc giải bóng đá nam học sinh 2026",
              "desc": "Giải bóng đá nam học sinh chào mừng 20/11."},
    ),
    Story(
        id=4002,
        slug="lich-hop-phu-huynh-giua-hoc-ky-i",
        title="Thông báo lịch họp cha mẹ học sinh giữa học kỳ I",
        cat="thong-bao",
        published_at="2026-10-22T15:10:00+07:00",
        blocks=[
            P("Nhà trường trân trọng kính mời cha mẹ học sinh các lớp về dự họp giữa học kỳ I năm học "
              "2026–2027 vào 8h00, Chủ nhật ngày 25/10/2026 tại phòng học của lớp."),
            P("Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa kỳ và trao đổi "
              "các biện pháp phối hợp giáo dục học sinh."),
            P("Đề nghị cha mẹ học sinh bố trí thời gian tham dự đầy đủ."),
            _right("<strong>BBT</strong>"),
        ],
        opts={"when": _dt(10, 22, 15, 10), "cats": ["thong-bao"],
              "seo_title": "Lịch họp cha mẹ học sinh giữa HK I",
              "desc": "Lịch họp cha mẹ học sinh giữa học kỳ I."},
    ),
    Story(
        id=3991,
        slug="doi-tuyen-robotics-dat-giai-nhi-quoc-gia",
        title="Đội tuyển Robotics của trường đạt giải Nhì cấp quốc gia",
        cat="tin-tuc",
        published_at="2026-10-15T11:20:00+07:00",
        authors=["Phạm Thu Hà"],
        photographers=["Phạm Thu Hà"],
        blocks=[
            P("Đội tuyển LHP-Bot gồm ba học sinh lớp 11 Tin vừa giành giải Nhì bảng THPT tại cuộc thi "
              "Sáng tạo Robot Việt Nam 2026 tổ chức ở Hà Nội."),
            P("Sản phẩm của đội là robot phân loại rác thải tự động dùng camera và thuật toán nhận dạng "
              "hình ảnh, được ban giám khảo đánh giá cao về tính ứng dụng."),
            Img(f"{UP}/2026/10/robotics-lhp-1024x683.jpg",
                "Ba thành viên đội LHP-Bot nhận giải tại Hà Nội",
                "Ba thành viên đội LHP-Bot nhận giải tại Hà Nội", "figure"),
            P("Thầy hướng dẫn Bùi Văn Nam cho biết đội sẽ tiếp tục hoàn thiện sản phẩm để tham gia cuộc "
              "thi khu vực châu Á – Thái Bình Dương năm 2027."),
            _right("<em>Tin, ảnh: Phạm Thu Hà</em>"),
        ],
        opts={"when": _dt(10, 15, 11, 20), "cats": ["tin-tuc", "thanh-tich"], "en": True,
              "seo_title": "Đội tuyển Robotics THPT Lê Hồng Phong đạt giải Nhì quốc gia",
              "desc": "Đội tuyển LHP-Bot đạt giải Nhì cuộc thi Sáng tạo Robot Việt Nam 2026."},
    ),
    Story(
        id=3978,
        slug="ngoai-khoa-phong-chong-bao-luc-hoc-duong",
        title="Ngoại khóa chuyên đề phòng, chống bạo lực học đường",
        cat="tin-tuc",
        published_at="2026-10-06T07:00:00+07:00",
        authors=["Tổ Sử – Địa – GDCD"],
        blocks=[
            P("Sáng thứ Hai 05/10, trong giờ chào cờ, Tổ Sử – Địa – GDCD tổ chức buổi ngoại khóa chuyên đề "
              "phòng, chống bạo lực học đường cho học sinh toàn trường."),
            P("Các tình huống được dựng thành tiểu phẩm:", "h3"),
            P("Bắt nạt qua mạng xã hội và cách ứng xử của người chứng kiến;", "li"),
            P("Xung đột trong nhóm bạn và vai trò của giáo viên chủ nhiệm;", "li"),
            P("Kênh tiếp nhận phản ánh: hòm thư góp ý và số điện thoại của Đoàn trường.", "li"),
            P("Buổi ngoại khóa giúp học sinh nhận diện các hành vi bạo lực và biết cách tự bảo vệ mình."),
            _right("<strong>Tổ Sử &#8211; Địa &#8211; GDCD</strong>"),
        ],
        opts={"when": _dt(10, 6, 7, 0), "cats": ["tin-tuc"],
              "seo_title": "Ngoại khóa phòng chống bạo lực học đường",
              "desc": "Buổi ngoại khóa chuyên đề phòng chống bạo lực học đường."},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
EN_SLUGS = [s.slug for s in STORIES if s.opts.get("en")]
VIEWS_TOP = [4119, 4061, 4102, 3991, 4038]

# ---------------------------------------------------------------------------------------------
# dates and text
# ---------------------------------------------------------------------------------------------

_MONTHS_VI = ["", "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
_MONTHS_EN = ["", "January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]


def vi_datetime(dt: datetime) -> str:
    h12 = dt.hour % 12 or 12
    ampm = "sáng" if dt.hour < 12 else "chiều"
    return f"{dt.day} Tháng {_MONTHS_VI[dt.month]}, {dt.year} lúc {h12}:{dt.minute:02d} {ampm}"


def en_datetime(dt: datetime) -> str:
    h12 = dt.hour % 12 or 12
    ampm = "am" if dt.hour < 12 else "pm"
    return f"{_MONTHS_EN[dt.month]} {dt.day}, {dt.year} at {h12}:{dt.minute:02d} {ampm}"


def utc_iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def tx(value: str) -> str:
    """Escape and texturize the way WordPress prints (numeric entities for dashes and quotes)."""
    out = esc(value)
    for ch, ent in (("–", "&#8211;"), ("“", "&#8220;"), ("”", "&#8221;"), ("…", "&#8230;")):
        out = out.replace(ch, ent)
    return out


def when(story: Story) -> datetime:
    return story.opts["when"]


def permalink(story: Story) -> str:
    return f"/tin-tuc/{story.slug}/"


def cats_of(story: Story) -> list[str]:
    return story.opts["cats"]


def printed_cats(story: Story) -> list[str]:
    """Uncode's post-info: categories sorted by name (utf8mb4_unicode_ci ≈ case/accent-folded)."""
    import unicodedata

    def fold(slug: str) -> str:
        name = CATS[slug].replace("đ", "d").replace("Đ", "D")
        return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).lower()

    return sorted(cats_of(story), key=fold)


def first_image(story: Story) -> str:
    imgs = story.images
    if imgs:
        return imgs[0].src.replace("-uai-258x172", "").replace("-uai-720x480", "").replace("-1024x683", "")
    return f"{UP}/2020/08/logo-lhp.png"


def thumb(story: Story) -> str:
    return first_image(story).replace(".jpg", "-uai-480x320.jpg") if story.images else f"{UP}/2020/08/lhp-default-uai-480x320.jpg"


# ---------------------------------------------------------------------------------------------
# chrome
# ---------------------------------------------------------------------------------------------

_MENU_VI = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Lịch sử truyền thống", "/gioi-thieu/"),
                                     ("Đội ngũ giáo viên", "/doi-ngu-giao-vien/")]),
    ("Tin tức", "/chuyen-muc/tin-tuc/", [("Tin tức – Sự kiện", "/chuyen-muc/tin-tuc/"),
                                         ("Hoạt động Đoàn", "/chuyen-muc/hoat-dong-doan/"),
                                         ("Thành tích học sinh", "/chuyen-muc/thanh-tich/")]),
    ("Thông báo", "/chuyen-muc/thong-bao/", []),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]
_MENU_EN = [
    ("Home", "/", []),
    ("About", "/gioi-thieu/", []),
    ("News", "/chuyen-muc/tin-tuc/", []),
    ("Contact", "/lien-he/", []),
]


def _menu(en: bool) -> str:
    items = []
    for n, (label, href, subs) in enumerate(_MENU_EN if en else _MENU_VI):
        mid = 120 + n * 7
        cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{mid} menu-item-link"
        if subs:
            sub = "".join(
                f'<li id="menu-item-{mid + k + 1}" class="menu-item menu-item-type-taxonomy menu-item-object-category '
                f'menu-item-{mid + k + 1}"><a title="{esc(s)}" href="{h}">{tx(s)}<i class="fa fa-angle-right fa-dropdown">'
                f"</i></a></li>"
                for k, (s, h) in enumerate(subs)
            )
            items.append(
                f'<li id="menu-item-{mid}" class="{cls} menu-item-has-children dropdown">'
                f'<a title="{esc(label)}" href="{href}" data-toggle="dropdown" class="dropdown-toggle" data-type="title">'
                f'{esc(label)}<i class="fa fa-angle-down fa-dropdown"></i></a>'
                f'<ul role="menu" class="drop-menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li id="menu-item-{mid}" class="{cls}"><a title="{esc(label)}" href="{href}">'
                         f'{esc(label)}<i class="fa fa-angle-right fa-dropdown"></i></a></li>')
    return "".join(items)


def _head(request: Request, title: str, *, canonical: str, desc: str = "", extra: str = "",
          lang: str = "vi") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="{ 'en-US' if lang == 'en' else 'vi' }" class="no-touch">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<script type="text/javascript">var UNCODE = {{}}; UNCODE.breakpoint = 959; UNCODE.isRegistered = true;</script>
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)} - THPT Lê Hồng Phong Nam Định</title>
{f'<meta name="description" content="{esc(desc)}">' if desc else ''}
<link rel="canonical" href="{base}{canonical}">
<meta property="og:locale" content="{ 'en_US' if lang == 'en' else 'vi_VN' }">
<meta property="og:title" content="{esc(title)} - THPT Lê Hồng Phong Nam Định">
<meta property="og:url" content="{base}{canonical}">
<meta property="og:site_name" content="{esc(SITE)}">
<meta property="article:publisher" content="https://www.facebook.com/thptlehongphong.namdinh">
{extra}
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='uncode-style-css' href='/wp-content/themes/uncode/library/css/style.css?ver=2.9.1.2' media='all'>
<link rel='stylesheet' id='uncode-icons-css' href='/wp-content/themes/uncode/library/css/uncode-icons.css?ver=2.9.1.2' media='all'>
<link rel='stylesheet' id='uncode-custom-style-css' href='/wp-content/themes/uncode/library/css/style-custom.css?ver=2.9.1.2' media='all'>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="/wp-content/themes/uncode/library/js/init.js?ver=2.9.1.2" id="uncode-init-js"></script>
<link rel="icon" href="/wp-content/uploads/2020/08/favicon-lhp.png" sizes="32x32">
</head>"""


def _topbar_and_menu(en: bool = False) -> str:
    today = "Saturday, 05/12/2026" if en else TODAY_VI
    return f"""<div class="menu-wrapper">
<div class="top-menu navbar menu-secondary menu-dark submenu-dark style-color-xsdn-bg top-menu-padding">
<div class="row-menu limit-width"><div class="row-menu-inner"><div class="col-lg-0 middle">
<div class="menu-bloginfo"><div class="menu-bloginfo-inner style-dark">
<p><i class="fa fa-calendar"></i> <span class="lhp-ngay">{today}</span> &nbsp;|&nbsp; <i class="fa fa-phone"></i> 0228.3640.297 &nbsp;|&nbsp; <i class="fa fa-envelope"></i> c3lehongphong.nd@namdinh.edu.vn</p>
</div></div></div></div></div></div>
<header id="masthead" class="navbar menu-primary menu-light submenu-light style-light-original menu-with-logo">
<div class="menu-container style-light-bg menu-borders menu-shadows">
<div class="row-menu limit-width"><div class="row-menu-inner">
<div id="logo-container-mobile" class="col-lg-0 logo-container middle"><div id="main-logo" class="navbar-header style-light">
<a href="/" class="navbar-brand" data-minheight="20"><div class="logo-image main-logo logo-skinnable" data-maxheight="70" style="height: 70px;">
<img decoding="async" src="/wp-content/uploads/2020/08/logo-lhp.png" alt="logo" width="320" height="70" class="img-responsive"></div></a>
</div><div class="mmb-container"><div class="mobile-additional-icons"></div><div class="mobile-menu-button mobile-menu-button-light lines-button"><span class="lines"><span></span></span></div></div></div>
<div class="col-lg-12 main-menu-container middle"><div class="menu-horizontal menu-dd-shadow-lg"><div class="menu-horizontal-inner">
<div class="nav navbar-nav navbar-main navbar-nav-first"><ul id="menu-menu-chinh" class="menu-primary-inner menu-smart sm" role="menu">{_menu(en)}</ul></div>
<div class="uncode-close-offcanvas-mobile lines-button close navbar-mobile-el"><span class="lines"></span></div>
<div class="nav navbar-nav navbar-nav-last navbar-extra-icons"><ul class="menu-smart sm menu-icons menu-smart-social" role="menu">
<li class="menu-item-link search-icon style-light dropdown"><a href="#" class="trigger-overlay search-icon" role="button" data-area="search" data-container="box-container" aria-label="Search"><i class="fa fa-search3"></i></a></li>
</ul></div></div></div></div>
</div></div></div></header></div>
<div class="overlay overlay-sequential overlay-full style-dark style-dark-bg overlay-search" data-area="search" data-container="box-container">
<div class="mmb-container"><div class="menu-close-search mobile-menu-button menu-button-offcanvas mobile-menu-button-dark lines-button overlay-close close" data-area="search" data-container="box-container"><span class="lines"></span></div></div>
<div class="search-container"><form action="/" method="get"><div class="search-container-inner">
<input type="search" class="search-field form-fluid no-livesearch" placeholder="Tìm kiếm…" value="" name="s" title="Tìm kiếm">
<i class="fa fa-search3"></i></div></form></div></div>"""


def _page_header(title_html: str, info: str = "") -> str:
    return f"""<div id="page-header"><div class="header-basic style-dark">
<div class="background-element header-wrapper header-only-text" data-height="40" style="min-height: 260px;">
<div class="header-main-container limit-width"><div class="header-content header-center header-middle header-align-center">
<div class="header-content-inner">
<h1 class="header-title font-555555 h2"><span>{title_html}</span></h1>{info}
</div></div></div></div></div></div>
<script type="text/javascript">UNCODE.initHeader();</script>"""


def _sidebar() -> str:
    recent = "".join(
        f'<li><a href="{permalink(s)}">{tx(s.title)}</a><span class="post-date">'
        f"{when(s).strftime('%d/%m/%Y')}</span></li>"
        for s in STORIES[:5]
    )
    top = "".join(
        f'<li><a href="{permalink(BY_ID[i])}" title="{esc(BY_ID[i].title)}">{tx(BY_ID[i].title)}</a> '
        f"- {BY_ID[i].views()} lượt xem</li>"
        for i in VIEWS_TOP
    )
    return f"""<div class="col-lg-4 col-widgets-sidebar"><div class="uncol style-light"><div class="uncoltable"><div class="uncell double-top-padding"><div class="uncont">
<aside id="recent-posts-3" class="widget widget_recent_entries widget-container collapse-init sidebar-widgets"><h3 class="widget-title">Bài viết mới</h3><ul>{recent}</ul></aside>
<aside id="views-2" class="widget widget_views widget-container collapse-init sidebar-widgets"><h3 class="widget-title">Xem nhiều</h3><ul>{top}</ul></aside>
<aside id="text-4" class="widget widget_text widget-container collapse-init sidebar-widgets"><h3 class="widget-title">Liên kết website</h3>
<div class="textwidget"><ul><li><a href="https://moet.gov.vn/" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://namdinh.edu.vn/" target="_blank" rel="noopener">Sở GD&amp;ĐT Nam Định</a></li>
<li><a href="https://vnedu.vn/" target="_blank" rel="noopener">Sổ liên lạc điện tử vnEdu</a></li></ul></div></aside>
<aside id="polls-widget-2" class="widget widget_polls-widget widget-container collapse-init sidebar-widgets"><h3 class="widget-title">Thăm dò ý kiến</h3>
<div id="polls-3" class="wp-polls"><p style="text-align: center;"><strong>Bạn biết đến website nhà trường qua kênh nào?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9"> <label for="poll-answer-9">Facebook của trường</label></li>
<li><input type="radio" id="poll-answer-10" name="poll_3" value="10"> <label for="poll-answer-10">Giáo viên chủ nhiệm</label></li>
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11"> <label for="poll-answer-11">Bạn bè, người thân</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);"></p></div></div></aside>
<aside id="custom_html-2" class="widget_text widget widget_custom_html widget-container collapse-init sidebar-widgets"><h3 class="widget-title">Thống kê truy cập</h3>
<div class="textwidget custom-html-widget"><table class="lhp-counter"><tr><td>Đang online:</td><td>23</td></tr><tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Tổng truy cập:</td><td>1.284.567</td></tr></table></div></aside>
</div></div></div></div></div>"""


def _footer(switcher: str = "", en: bool = False) -> str:
    about = "Address" if en else "Địa chỉ"
    return f"""<footer id="colophon" class="site-footer">
<div data-parent="true" class="vc_row style-color-wayh-bg row-container" id="row-unique-f1"><div class="row double-top-padding double-bottom-padding single-h-padding limit-width row-parent"><div class="wpb_row row-inner">
<div class="wpb_column pos-top pos-center align_left column_parent col-lg-6 single-internal-gutter"><div class="uncol style-dark"><div class="uncoltable"><div class="uncell no-block-padding"><div class="uncont">
<div class="uncode_text_column"><p><strong>TRƯỜNG THPT LÊ HỒNG PHONG – NAM ĐỊNH</strong></p>
<p>{about}: Số 76 Vị Xuyên, phường Vị Xuyên, TP Nam Định, tỉnh Nam Định<br>Điện thoại: 0228.3640.297 – Email: c3lehongphong.nd@namdinh.edu.vn</p></div>
</div></div></div></div></div>
<div class="wpb_column pos-top pos-center align_left column_parent col-lg-6 single-internal-gutter"><div class="uncol style-dark"><div class="uncoltable"><div class="uncell no-block-padding"><div class="uncont">
<div class="uncode_text_column"><p><a href="https://www.facebook.com/thptlehongphong.namdinh" target="_blank" rel="noopener">Fanpage nhà trường</a> · <a href="https://www.youtube.com/@thptlehongphongnd" target="_blank" rel="noopener">Kênh YouTube</a></p></div>
</div></div></div></div></div>
</div></div></div>
<div class="row-container style-dark-bg footer-last"><div class="row row-parent style-dark limit-width no-top-padding no-h-padding no-bottom-padding">
<div class="site-info uncell col-lg-6 pos-middle text-left"><p>© 2026 Trường THPT Lê Hồng Phong – Nam Định. Bản quyền thuộc về nhà trường.</p></div>
</div></div></footer>{switcher}
</div></div></div></div></div></div>
<script src="/wp-content/themes/uncode/library/js/plugins.js?ver=2.9.1.2" id="uncode-plugins-js"></script>
<script src="/wp-content/themes/uncode/library/js/app.js?ver=2.9.1.2" id="uncode-app-js"></script>
<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/"}};</script>
</body></html>"""


def _wpml_switcher(story: Story, current: str) -> str:
    vi = "wpml-ls-current-language " if current == "vi" else ""
    en = "wpml-ls-current-language " if current == "en" else ""
    return f"""<div class="wpml-ls-statics-footer wpml-ls wpml-ls-legacy-list-horizontal"><ul>
<li class="wpml-ls-slot-footer wpml-ls-item wpml-ls-item-vi {vi}wpml-ls-first-item wpml-ls-item-legacy-list-horizontal"><a href="/tin-tuc/{story.slug}/" class="wpml-ls-link"><img class="wpml-ls-flag" src="/wp-content/plugins/sitepress-multilingual-cms/res/flags/vi.png" alt="" width="18" height="12"><span class="wpml-ls-native" lang="vi">Tiếng Việt</span></a></li>
<li class="wpml-ls-slot-footer wpml-ls-item wpml-ls-item-en {en}wpml-ls-last-item wpml-ls-item-legacy-list-horizontal"><a href="/en/tin-tuc/{story.slug}/" class="wpml-ls-link"><img class="wpml-ls-flag" src="/wp-content/plugins/sitepress-multilingual-cms/res/flags/en.png" alt="" width="18" height="12"><span class="wpml-ls-native" lang="en">English</span></a></li>
</ul></div>"""


def _body_open(body_class: str) -> str:
    return (f'<body class="{body_class} hormenu-position-left header-full-width main-center-align menu-mobile-default '
            'mobile-parallax-not-allowed ilb-no-bounce unreg qw-body-scroll-disabled wpb-js-composer '
            'js-comp-ver-7.7.2 vc_responsive" data-border="0">\n<div class="body-borders" data-border="0">'
            '<div class="top-border body-border-shadow"></div></div>\n<div class="box-wrapper"><div class="box-container">'
            '<script type="text/javascript" id="initBox">UNCODE.initBox();</script>')


def _main_open() -> str:
    return '<div class="main-wrapper"><div class="main-container"><div class="page-wrapper"><div class="sections-container">'


# ---------------------------------------------------------------------------------------------
# rows and tiles
# ---------------------------------------------------------------------------------------------

_ROW_N = [0]


def _row(inner: str, uid: str, extra_cls: str = "", col: str = "col-lg-12") -> str:
    return (f'<div data-parent="true" class="vc_row row-container{extra_cls}" id="row-unique-{uid}">'
            f'<div class="row limit-width row-parent"><div class="wpb_row row-inner">'
            f'<div class="wpb_column pos-top pos-center align_left column_parent {col} single-internal-gutter">'
            f'<div class="uncol style-light"><div class="uncoltable"><div class="uncell no-block-padding">'
            f'<div class="uncont">{inner}</div></div></div></div></div>'
            f'<script id="script-row-unique-{uid}" data-row="script-row-unique-{uid}" type="text/javascript" '
            f'class="vc_controls">UNCODE.initRow(document.getElementById("row-unique-{uid}"));</script>'
            f"</div></div></div>")


def _img_tag(src: str, wid: int, uid: str) -> str:
    guid = src.replace("-uai-258x172", "").replace("-uai-720x480", "")
    path = guid.split("/uploads/", 1)[-1]
    w, h = (258, 172) if "258x172" in src else (720, 480)
    return (f'<img decoding="async" class="adaptive-async wp-image-{wid}" src="{src}" width="{w}" height="{h}" '
            f'alt="" data-uniqueid="{wid}-{uid}" data-guid="{guid}" data-path="{path}" data-width="1600" '
            f'data-height="1067" data-singlew="12" data-singleh="" data-crop="" data-fixed="">')


def _uncode_media(img: Img, wid: int) -> str:
    caption = (f'<div class="t-entry-text"><div class="t-entry-text-tc single-block-padding"><div class="t-entry">'
               f'<h3 class="t-entry-title h6 title-scale">{tx(img.printed)}</h3></div></div></div>'
               if img.printed else "")
    return (f'<div class="uncode-single-media text-center"><div class="single-wrapper" style="max-width: 100%;">'
            f'<div class="tmb tmb-light tmb-content-under tmb-media-first tmb-no-bg"><div class="t-inside">'
            f'<div class="t-entry-visual"><div class="t-entry-visual-tc"><div class="uncode-single-media-wrapper">'
            f'{_img_tag(img.src, wid, "198877")}</div></div></div>{caption}</div></div></div></div>')


def _gallery(imgs: list[Img], gid: int) -> str:
    tiles = []
    for n, img in enumerate(imgs):
        wid = gid + n + 1
        full = img.src.replace("-uai-258x172", "")
        tiles.append(
            f'<div class="tmb tmb-iso-w4 tmb-iso-h4 tmb-light tmb-overlay-anim tmb-overlay-text-anim tmb-reveal-bottom '
            f'tmb-content-under tmb-media-first tmb-media-last tmb-no-bg tmb-lightbox tmb-id-{wid}">'
            f'<div class="t-inside animate_when_almost_visible zoom-in" data-delay="{200 * n}"><div class="t-entry-visual">'
            f'<div class="t-entry-visual-tc"><div class="t-entry-visual-cont"><div class="dummy" style="padding-top: 66.7%;"></div>'
            f'<a tabindex="-1" href="{full}" class="pushed" data-active="1" data-lbox="ilightbox_gallery-{gid}" '
            f'data-options="width:1600,height:1067" data-caption="{esc(img.printed or "")}" data-lb-index="{n}">'
            f'<div class="t-entry-visual-overlay"><div class="t-entry-visual-overlay-in style-dark-bg" style="opacity: 0.5;">'
            f'</div></div><div class="t-overlay-wrap"><div class="t-overlay-inner"><div class="t-overlay-content">'
            f'<div class="t-overlay-text single-block-padding"><div class="t-entry t-single-line">'
            f'<i class="fa fa-plus2 t-overlay-icon"></i></div></div></div></div></div>'
            f'{_img_tag(img.src, wid, str(gid))}</a></div></div></div></div></div>'
        )
    return (f'<div id="gallery-{gid}" class="isotope-system isotope-general-light"><div class="isotope-wrapper single-gutter">'
            f'<div class="isotope-container isotope-layout style-masonry" data-type="masonry" data-layout="masonry" '
            f'data-lg="1000" data-md="600" data-sm="480">{"".join(tiles)}</div></div></div>')


def _inline(block, story: Story, n: int) -> str:
    """A P / Img / Raw rendered inside a text column."""
    if isinstance(block, Raw):
        return block.html
    if isinstance(block, Img):
        wid = story.id + 10 + n
        if block.style == "figure":
            src = block.src
            big = src.replace("-1024x683", "")
            return (f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: 1024px" '
                    f'class="wp-caption aligncenter"><img fetchpriority="high" decoding="async" class="size-large '
                    f'wp-image-{wid}" src="{src}" alt="" width="1024" height="683" srcset="{src} 1024w, '
                    f'{big.replace(".jpg", "-300x200.jpg")} 300w, {big} 1600w" sizes="(max-width: 1024px) 100vw, 1024px">'
                    f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">{tx(block.printed or "")}'
                    f"</figcaption></figure>")
        if block.style == "attach":
            att_slug, att_id = story.opts["attachment"]
            return (f'<p style="text-align: center;"><a href="/tin-tuc/{story.slug}/{att_slug}/" rel="attachment '
                    f'wp-att-{att_id}"><img decoding="async" class="aligncenter size-large wp-image-{att_id}" '
                    f'src="{block.src}" alt="" width="1024" height="683"></a></p>\n'
                    f'<p style="text-align: center;"><em>{tx(block.printed or "")}</em></p>')
        raise ValueError(block.style)
    t = tx(block.text)
    style = block.style
    if style == "justify":
        return (f'<p style="text-align: justify;"><span style="font-family: \'times new roman\', times, serif; '
                f'font-size: 14pt;">{t}</span></p>')
    if style == "bold":
        return f"<p><strong>{t}</strong></p>"
    if style == "h3":
        return f"<h3>{t}</h3>"
    if style == "quote":
        return f'<blockquote class="wp-block-quote"><p><em>{t}</em></p></blockquote>'
    if style == "pin":
        return (f'<p><img draggable="false" role="img" class="emoji" alt="📌" '
                f'src="https://s.w.org/images/core/emoji/15.0.3/svg/1f4cc.svg"> {t}</p>')
    return f"<p>{t}</p>"


def _label_bold(text_html: str) -> str:
    """'PV: …' -> '<strong>PV:</strong> …' (the speaker label printed bold)."""
    head, sep, rest = text_html.partition(": ")
    return f"<strong>{head}:</strong> {rest}" if sep and len(head) < 8 else text_html


def render_content(story: Story) -> str:
    """The post's WPBakery rows: text columns, media rows, gallery rows, heading modules."""
    rows: list[str] = []
    col: list[str] = []
    uid = [0]

    def new_uid() -> str:
        uid[0] += 1
        return f"{story.id % 1000}{uid[0]:02d}"

    def flush() -> None:
        if col:
            rows.append(_row(f'<div class="uncode_text_column">{"".join(col)}</div>', new_uid()))
            col.clear()

    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b is ROW:
            flush()
        elif isinstance(b, P) and b.style == "lead":
            flush()
            rows.append(_row(f'<div class="uncode_text_column text-lead"><p>{tx(b.text)}</p></div>', new_uid()))
        elif isinstance(b, P) and b.style == "dup":
            flush()
            head = (f'<div class="vc-custom-heading-wrap"><div class="heading-text el-text">'
                    f'<h3 class="h4 font-weight-700 text-color-xsdn-color"><span>{tx(b.text)}</span></h3></div>'
                    f'<div class="clear"></div></div>')
            rows.append(_row(head, new_uid(), " desktop-hidden tablet-hidden"))
            rows.append(_row(head, new_uid(), " mobile-hidden"))
        elif isinstance(b, Img) and b.style == "uncode":
            flush()
            rows.append(_row(_uncode_media(b, story.id + 10 + i), new_uid(), " unequal"))
        elif isinstance(b, Img) and b.style == "gallery":
            flush()
            group = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                group.append(blocks[i])
                i += 1
            rows.append(_row(_gallery(group, story.id * 10), new_uid()))
            continue
        elif isinstance(b, P) and b.style in ("th", "tr"):
            trs = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                tag = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{tag}>{tx(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                trs.append(f"<tr>{cells}</tr>")
                i += 1
            col.append(f'<table class="lhp-bang" style="width: 100%; border-collapse: collapse;" border="1">'
                       f'<tbody>{"".join(trs)}</tbody></table>')
            continue
        elif isinstance(b, P) and b.style == "li":
            lis = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                lis.append(f"<li>{tx(blocks[i].text)}</li>")
                i += 1
            col.append(f'<ul style="list-style-type: circle;">{"".join(lis)}</ul>')
            continue
        elif isinstance(b, P) and b.style == "br":
            nxt = blocks[i + 1]
            col.append(f"<p>{_label_bold(tx(b.text))}<br>\n{_label_bold(tx(nxt.text))}</p>")
            i += 2
            continue
        else:
            col.append(_inline(b, story, i))
        i += 1
    flush()
    return "\n".join(rows)


def _tile(story: Story, *, excerpt: bool = True, meta: bool = True) -> str:
    link = permalink(story)
    cat = cats_of(story)[0]
    ex = ""
    if excerpt:
        first = next(b.text for b in story.blocks if isinstance(b, P))
        words = first.split()
        ex = f'<div class="t-entry-excerpt text-top-reduced"><p>{tx(" ".join(words[:24]))} […]</p></div>'
    m = (f'<p class="t-entry-meta t-entry-date"><span class="t-entry-date">{when(story).strftime("%d/%m/%Y")}'
         f"</span></p>") if meta else ""
    return (f'<div class="tmb tmb-iso-w4 tmb-iso-h4 tmb-light tmb-overlay-text-anim tmb-reveal-bottom '
            f'tmb-content-under tmb-media-first tmb-no-bg tmb-id-{story.id}"><div class="t-inside">'
            f'<div class="t-entry-visual"><div class="t-entry-visual-tc"><div class="t-entry-visual-cont">'
            f'<div class="dummy" style="padding-top: 66.7%;"></div><a tabindex="-1" href="{link}" class="pushed" '
            f'target="_self" data-lb-index="0"><div class="t-entry-visual-overlay"><div class="t-entry-visual-overlay-in '
            f'style-dark-bg" style="opacity: 0.3;"></div></div><img decoding="async" class="adaptive-async '
            f'wp-image-{story.id + 1}" src="{thumb(story)}" width="480" height="320" alt=""></a></div></div></div>'
            f'<div class="t-entry-text"><div class="t-entry-text-tc single-block-padding"><div class="t-entry">'
            f'<p class="t-entry-meta"><span class="t-entry-category"><a href="/chuyen-muc/{cat}/" '
            f'class="">{esc(CATS[cat])}</a></span></p><h3 class="t-entry-title h5"><a href="{link}" target="_self">'
            f'{tx(story.title)}</a></h3>{ex}{m}<p class="t-entry-readmore"><a href="{link}" class="btn btn-link '
            f'btn-no-scale" target="_self">Đọc tiếp</a></p></div></div></div></div></div>')


def _grid(stories: list[Story], gid: str, pagination: str = "", **kw) -> str:
    tiles = "".join(_tile(s, **kw) for s in stories) or '<p class="no-posts">Không có bài viết nào.</p>'
    return (f'<div id="index-{gid}" class="isotope-system isotope-general-light grid-general-light">'
            f'<div class="isotope-wrapper grid-wrapper double-gutter"><div class="isotope-container '
            f'isotope-layout style-masonry isotope-pagination grid-pagination" data-type="masonry" '
            f'data-layout="masonry" data-lg="1000" data-md="600" data-sm="480">{tiles}</div></div>{pagination}</div>')


def _pager(current: int, total: int, href) -> str:
    if total <= 1:
        return ""
    items = []
    if current > 1:
        items.append(f'<li class="page-prev"><span class="btn-container"><a href="{href(current - 1)}" '
                     f'class="btn btn-link text-default-color btn-icon-left" data-page="{current - 1}">'
                     f'<i class="fa fa-angle-left"></i></a></span></li>')
    else:
        items.append('<li class="page-prev"><span class="btn-container"><span class="btn btn-link '
                     'btn-icon-left btn-disable-hover"><i class="fa fa-angle-left"></i></span></span></li>')
    for n in range(1, total + 1):
        if n == current:
            items.append(f'<li><span class="page-numbers current">{n}</span></li>')
        else:
            items.append(f'<li><a class="page-numbers" href="{href(n)}" data-page="{n}">{n}</a></li>')
    if current < total:
        items.append(f'<li class="page-next"><span class="btn-container"><a href="{href(current + 1)}" '
                     f'class="btn btn-link text-default-color btn-icon-right" data-page="{current + 1}">'
                     f'<i class="fa fa-angle-right"></i></a></span></li>')
    return (f'<div class="pagination-wrapper"><div class="pagination"><ul class="pagination">{"".join(items)}'
            f"</ul></div></div>")


def _page(request: Request, *, title: str, canonical: str, header: str, main: str, body_class: str,
          desc: str = "", extra_head: str = "", sidebar: bool = True, switcher: str = "", en: bool = False) -> Response:
    side = _sidebar() if sidebar else ""
    col = "col-lg-8" if sidebar else "col-lg-12"
    doc = (f"{_head(request, title, canonical=canonical, desc=desc, extra=extra_head, lang='en' if en else 'vi')}\n"
           f"{_body_open(body_class)}\n{_topbar_and_menu(en)}\n"
           f'<script type="text/javascript" id="fixHeight">UNCODE.fixMenuHeight();</script>\n'
           f"{_main_open()}\n{header}\n"
           f'<div class="row-container"><div class="row row-parent un-sidebar-layout col-std-gutter no-top-padding '
           f'no-bottom-padding limit-width"><div class="row-inner"><div class="{col}">{main}</div>{side}</div></div></div>\n'
           f"{_footer(switcher, en)}")
    return html(doc)


def _breadcrumbs(parts: list[tuple[str, str | None]], en: bool = False) -> str:
    home = "Home" if en else "Trang chủ"
    crumbs = [f'<span><a href="/">{home}</a></span>']
    for label, href in parts:
        crumbs.append(f'<span><a href="{href}">{tx(label)}</a></span>' if href else
                      f'<span class="breadcrumb_last" aria-current="page">{tx(label)}</span>')
    return (f'<div class="row-container row-breadcrumb row-breadcrumb-light text-left"><div class="row row-parent '
            f'style-light limit-width no-top-padding no-bottom-padding"><p id="breadcrumbs"><span>'
            f'{" » ".join(crumbs)}</span></p></div></div>')


# ---------------------------------------------------------------------------------------------
# the post
# ---------------------------------------------------------------------------------------------


def _yoast_graph(request: Request, story: Story, url: str) -> str:
    base = base_url(request)
    modified = when(story) + timedelta(hours=19, minutes=7)
    primary = cats_of(story)[0]
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": f"{base}{url}#article",
             "isPartOf": {"@id": f"{base}{url}"},
             "author": {"name": "quantri", "@id": f"{base}/#/schema/person/8d2f0c1e"},
             "headline": story.opts["seo_title"],
             "datePublished": utc_iso(when(story)), "dateModified": utc_iso(modified),
             "mainEntityOfPage": {"@id": f"{base}{url}"}, "wordCount": 312,
             "publisher": {"@id": f"{base}/#organization"},
             "image": {"@id": f"{base}{url}#primaryimage"},
             "thumbnailUrl": f"{base}{first_image(story)}",
             "articleSection": [CATS[c] for c in printed_cats(story)], "inLanguage": "vi"},
            {"@type": "WebPage", "@id": f"{base}{url}", "url": f"{base}{url}",
             "name": f"{story.opts['seo_title']} - THPT Lê Hồng Phong Nam Định",
             "datePublished": utc_iso(when(story)), "dateModified": utc_iso(modified),
             "description": story.opts["desc"], "breadcrumb": {"@id": f"{base}{url}#breadcrumb"}},
            {"@type": "BreadcrumbList", "@id": f"{base}{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                {"@type": "ListItem", "position": 2, "name": CATS[primary], "item": f"{base}/chuyen-muc/{primary}/"},
                {"@type": "ListItem", "position": 3, "name": story.opts["seo_title"]}]},
            {"@type": "Person", "@id": f"{base}/#/schema/person/8d2f0c1e", "name": "quantri"},
        ],
    }
    meta = (f'<meta property="og:type" content="article">\n'
            f'<meta property="og:description" content="{esc(story.opts["desc"])}">\n'
            f'<meta property="article:published_time" content="{utc_iso(when(story))}">\n'
            f'<meta property="article:modified_time" content="{utc_iso(modified)}">\n'
            f'<meta property="og:image" content="{base}{first_image(story)}">\n'
            f'<meta name="author" content="quantri">\n'
            f'<meta name="twitter:card" content="summary_large_image">\n'
            f'<meta name="twitter:label1" content="Được viết bởi"><meta name="twitter:data1" content="quantri">\n'
            f'<meta name="twitter:label2" content="Ước tính thời gian đọc"><meta name="twitter:data2" content="2 phút">\n'
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>')
    if story.opts.get("en"):
        meta += (f'\n<link rel="alternate" hreflang="vi" href="{base}/tin-tuc/{story.slug}/">'
                 f'\n<link rel="alternate" hreflang="en" href="{base}/en/tin-tuc/{story.slug}/">'
                 f'\n<link rel="alternate" hreflang="x-default" href="{base}/tin-tuc/{story.slug}/">')
    meta += f'\n<link rel="shortlink" href="{base}/?p={story.id}">'
    return meta


def _post_info(story: Story, en: bool) -> str:
    cats = ", ".join(
        f'<a href="/chuyen-muc/{c}/" title="{"View all posts in" if en else "Xem tất cả bài viết trong"} '
        f'{esc(CATS[c])}">{esc(CATS[c])}</a>' for c in printed_cats(story))
    date = en_datetime(when(story)) if en else vi_datetime(when(story))
    word_in, word_by = ("In", "By") if en else ("Trong", "Bởi")
    return (f'<div class="post-info"><div class="date-info">{date}</div>'
            f'<div class="category-info"><span>|</span>{word_in} {cats}</div>'
            f'<div class="author-info"><span>|</span>{word_by} <span class="author-name">quantri</span></div></div>')


def _related(story: Story) -> str:
    primary = cats_of(story)[0]
    same = [s for s in STORIES if s is not story and primary in cats_of(s)]
    others = [s for s in STORIES if s is not story and s not in same]
    picks = (same + others)[:3]
    return (f'<div class="row-container"><div class="row row-parent style-light limit-width double-top-padding">'
            f'<div class="vc-custom-heading-wrap"><div class="heading-text el-text"><h4 class="h4 text-uppercase">'
            f'<span>Bài viết liên quan</span></h4></div></div>{_grid(picks, f"rel{story.id}", excerpt=True)}</div></div>')


def _post_nav(story: Story) -> str:
    idx = STORIES.index(story)
    newer = STORIES[idx - 1] if idx > 0 else None
    older = STORIES[idx + 1] if idx + 1 < len(STORIES) else None
    prev = (f'<li class="page-prev"><span class="btn-container"><a class="btn btn-link text-default-color '
            f'btn-icon-left" href="{permalink(older)}" rel="prev"><i class="fa fa-angle-left"></i>'
            f"<span>Bài trước</span></a></span></li>") if older else ""
    nxt = (f'<li class="page-next"><span class="btn-container"><a class="btn btn-link text-default-color '
           f'btn-icon-right" href="{permalink(newer)}" rel="next"><span>Bài sau</span>'
           f'<i class="fa fa-angle-right"></i></a></span></li>') if newer else ""
    return (f'<div class="post-footer post-footer-light row-container"><div class="row-container">'
            f'<div class="row row-parent style-light limit-width no-top-padding no-h-padding">'
            f'<nav class="post-navigation"><ul class="navigation">{prev}<li class="nav-back"><span class="btn-container">'
            f'<a class="btn btn-link text-default-color" href="/chuyen-muc/{cats_of(story)[0]}/">Xem tất cả</a>'
            f"</span></li>{nxt}</ul></nav></div></div></div>")


def _comments(story: Story, replyto: Comment | None) -> str:
    comments: list[Comment] = story.opts.get("comments", [])
    form = (f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
            f'{"Trả lời " + esc(replyto.author) if replyto else "Để lại một bình luận"} '
            f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="/tin-tuc/{story.slug}/#respond" '
            f'style="{"" if replyto else "display:none;"}">Hủy</a></small></h3>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
            f'<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span></p>'
            f'<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label>'
            f'<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
            f'<p class="comment-form-author"><label for="author">Tên</label> <input id="author" name="author" '
            f'type="text" value="" size="30" maxlength="245"></p>'
            f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận">'
            f'<input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID">'
            f'<input type="hidden" name="comment_parent" id="comment_parent" value="{replyto.id if replyto else 0}"></p>'
            f"</form></div>")
    items = []
    for c in comments:
        items.append(
            f'<li id="comment-{c.id}" class="comment even thread-even depth-1"><article id="div-comment-{c.id}" '
            f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f'<img alt="" src="/wp-content/uploads/avatars/default-avatar-64.png" class="avatar avatar-64 photo" '
            f'height="64" width="64"><b class="fn">{esc(c.author)}</b> <span class="says">viết:</span></div>'
            f'<div class="comment-metadata"><a href="/tin-tuc/{story.slug}/#comment-{c.id}"><time '
            f'datetime="{c.when.isoformat()}">{vi_datetime(c.when)}</time></a></div></footer>'
            f'<div class="comment-content"><p>{tx(c.text)}</p></div><div class="reply"><a rel="nofollow" '
            f'class="comment-reply-link" href="/tin-tuc/{story.slug}/?replytocom={c.id}#respond" '
            f'data-commentid="{c.id}" data-postid="{story.id}" data-belowelement="div-comment-{c.id}" '
            f'data-respondelement="respond" data-replyto="Trả lời {esc(c.author)}" '
            f'aria-label="Trả lời {esc(c.author)}">Trả lời</a></div></article></li>'
        )
    head = (f'<h5 class="comments-title">{len(comments)} bình luận về &#8220;{tx(story.title)}&#8221;</h5>'
            f'<ol class="comment-list">{"".join(items)}</ol>') if comments else ""
    return (f'<div class="post-after row-container"><div class="row row-parent style-light limit-width">'
            f'<div id="comments" class="comments-area">{head}{form}</div></div></div>')


def _tags_share(story: Story) -> str:
    tags = "".join(f'<a href="/the/{t}/" class="tag-cloud-link tag-link-{30 + n} tag-link-position-{n + 1}" '
                   f'style="font-size: 11px;">{esc(TAGS[t])}</a>'
                   for n, t in enumerate(story.opts.get("tags", [])))
    tagbox = (f'<div class="widget-container post-tag-container uncont text-left"><div class="tagcloud">{tags}</div></div>'
              if tags else "")
    return (f'<div class="row-container"><div class="row row-parent style-light limit-width no-top-padding '
            f'double-bottom-padding"><div class="post-tag-share-container flex-left">{tagbox}'
            f'<div class="post-share text-left"><div class="detail-container margin-auto">'
            f'<div class="share-button share-buttons share-inline only-icon"><label>Chia sẻ:</label>'
            f'<a class="social facebook" href="https://www.facebook.com/sharer.php?u=/tin-tuc/{story.slug}/" '
            f'target="_blank" rel="noopener"><i class="fa fa-facebook"></i></a>'
            f'<a class="social twitter" href="https://twitter.com/intent/tweet?url=/tin-tuc/{story.slug}/" '
            f'target="_blank" rel="noopener"><i class="fa fa-twitter"></i></a></div></div></div></div></div></div>')


_AUTHOR_BOX = ('<div class="row-container"><div class="row row-parent un-author-profile style-light limit-width '
               'no-top-padding"><div class="author-profile el-author-profile author-profile-box-left has-thumb">'
               '<div class="uncode-avatar-wrapper single-media uncode-single-media"><img alt="" '
               'src="/wp-content/uploads/avatars/quantri-128.png" class="avatar avatar-128 photo" height="128" '
               'width="128"></div><div class="author-profile-content"><h5 class="h5 fontspace-111509">quantri</h5>'
               '<div class="author-profile-bio text-top-reduced"><p>Ban biên tập website Trường THPT Lê Hồng Phong '
               '– Nam Định. Mọi ý kiến đóng góp xin gửi về hộp thư của nhà trường.</p></div></div></div></div></div>')


def post_page(request: Request, story: Story, *, en: bool = False, replyto: Comment | None = None) -> Response:
    url = f"/en/tin-tuc/{story.slug}/" if en else permalink(story)
    primary = cats_of(story)[0]
    crumbs = _breadcrumbs([(CATS[primary], f"/chuyen-muc/{primary}/"), (story.title, None)], en)
    cls = " ".join(f"category-{c}" for c in cats_of(story))
    main = (f'<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard '
            f'has-post-thumbnail hentry {cls}"><div class="post-wrapper"><div class="post-body">'
            f'<div class="post-content un-no-sidebar-layout">{crumbs}\n{render_content(story)}\n'
            f"{_tags_share(story)}{_AUTHOR_BOX}{_post_nav(story)}{_related(story)}</div></div></div></article>"
            f"{'' if en else _comments(story, replyto)}")
    switcher = _wpml_switcher(story, "en" if en else "vi") if story.opts.get("en") else ""
    return _page(request, title=story.opts["seo_title"], canonical=url, desc=story.opts["desc"],
                 header=_page_header(tx(story.title), _post_info(story, en)), main=main,
                 body_class=f"post-template-default single single-post postid-{story.id} single-format-standard",
                 extra_head=_yoast_graph(request, story, url), switcher=switcher, en=en)


def attachment_page(request: Request, story: Story) -> Response:
    att_slug, att_id = story.opts["attachment"]
    img = next(b for b in story.images if b.style == "attach")
    full = img.src.replace("-1024x683", "")
    main = (f'<div class="post-content"><div class="row-container"><div class="row row-parent style-light limit-width '
            f'double-top-padding"><p class="attachment"><a href="{full}"><img decoding="async" width="1024" height="683" '
            f'src="{img.src}" class="attachment-large size-large" alt=""></a></p>'
            f'<div class="wp-caption-text">{tx(img.caption or "")}</div>'
            f"<p>Ảnh tư liệu buổi làm việc của đoàn kiểm tra Sở GD&amp;ĐT tại trường, ngày 04/11/2026.</p>"
            f'<p class="attachment-meta">Kích thước đầy đủ: <a href="{full}">1600 × 1067</a> trong '
            f'<a href="{permalink(story)}" rel="gallery">{tx(story.title)}</a></p></div></div></div>')
    info = (f'<div class="post-info"><div class="date-info">{vi_datetime(when(story))}</div>'
            f'<div class="author-info"><span>|</span>Bởi <span class="author-name">quantri</span></div></div>')
    return _page(request, title=att_slug, canonical=f"/tin-tuc/{story.slug}/{att_slug}/",
                 header=_page_header(att_slug, info), main=main,
                 body_class=f"attachment attachment-template-default single single-attachment postid-{att_id}")


# ---------------------------------------------------------------------------------------------
# listings and pages
# ---------------------------------------------------------------------------------------------


def _pages_of(items: list, per: int) -> int:
    return max(1, -(-len(items) // per))


def home_page(request: Request, upage: int) -> Response:
    total = _pages_of(STORIES, GRID_PER_PAGE)
    chunk = STORIES[(upage - 1) * GRID_PER_PAGE: upage * GRID_PER_PAGE]
    pager = _pager(upage, total, lambda n: "/" if n == 1 else f"/?upage={n}")
    notices = [s for s in STORIES if "thong-bao" in cats_of(s)][:2]
    hero = _row('<div class="uncode_text_column"><h2 class="h1">Trường THPT Lê Hồng Phong – Nam Định</h2>'
                '<p>Chào mừng năm học 2026–2027: “Kỷ cương – Tình thương – Trách nhiệm”</p>'
                '<span class="btn-container"><a href="/gioi-thieu/" class="custom-link btn btn-accent">'
                "Tìm hiểu về trường</a></span></div>", "h0", " style-dark-bg with-bg")
    latest = _row('<div class="vc-custom-heading-wrap"><div class="heading-text el-text"><h2 class="h3">'
                  '<span>Tin mới</span></h2></div></div>' + _grid(chunk, "home1", pager), "h1")
    notice = _row('<div class="vc-custom-heading-wrap"><div class="heading-text el-text"><h2 class="h3">'
                  '<span>Thông báo</span></h2></div></div>' + _grid(notices, "home2", excerpt=False), "h2")
    main = f'<div class="post-content style-light">{hero}{latest}{notice}</div>'
    return _page(request, title="Trang chủ", canonical="/" if upage == 1 else f"/?upage={upage}",
                 desc="Website chính thức của Trường THPT Lê Hồng Phong, thành phố Nam Định.",
                 header="", main=main, body_class="home page-template-default page page-id-2")


def category_page(request: Request, cat: str, page: int) -> Response | None:
    items = [s for s in STORIES if cat in cats_of(s)]
    total = _pages_of(items, CAT_PER_PAGE)
    if not 1 <= page <= total:
        return None
    chunk = items[(page - 1) * CAT_PER_PAGE: page * CAT_PER_PAGE]
    base = f"/chuyen-muc/{cat}/"
    pager = _pager(page, total, lambda n: base if n == 1 else f"{base}page/{n}/")
    crumbs = _breadcrumbs([(CATS[cat], None)])
    main = f'<div class="post-content style-light">{crumbs}{_row(_grid(chunk, "cat-" + cat, pager), "c1")}</div>'
    canonical = base if page == 1 else f"{base}page/{page}/"
    return _page(request, title=f"Lưu trữ {CATS[cat]}" + (f" - Trang {page}" if page > 1 else ""),
                 canonical=canonical, header=_page_header(esc(CATS[cat])), main=main,
                 body_class=f"archive category category-{cat}" + (" paged" if page > 1 else ""))


def tag_page(request: Request, tag: str) -> Response:
    items = [s for s in STORIES if tag in s.opts.get("tags", [])]
    main = f'<div class="post-content style-light">{_row(_grid(items, "tag-" + tag), "t1")}</div>'
    return _page(request, title=f"Thẻ: {TAGS[tag]}", canonical=f"/the/{tag}/",
                 header=_page_header(f"Thẻ: {esc(TAGS[tag])}"), main=main, body_class=f"archive tag tag-{tag}")


def search_page(request: Request, q: str) -> Response:
    row = _row(f"<p>Xin lỗi, không có kết quả nào phù hợp với từ khóa {esc(q)}.</p>", "s1")
    main = f'<div class="post-content style-light">{row}</div>'
    return _page(request, title=f"Bạn đã tìm kiếm {q}", canonical="/", header=_page_header("Kết quả tìm kiếm"),
                 main=main, body_class="search search-no-results")


_PAGES = {
    "gioi-thieu": ("Lịch sử truyền thống", [
        "Trường THPT Lê Hồng Phong, thành phố Nam Định được thành lập năm 1920 với tên gọi ban đầu là trường "
        "Thành chung Nam Định, là một trong những trường trung học lâu đời nhất cả nước.",
        "Năm 1945, trường mang tên nhà cách mạng Lê Hồng Phong. Trải qua hơn một thế kỷ, nhà trường đã đào tạo "
        "nhiều thế hệ học sinh trở thành nhà khoa học, nhà văn hóa và cán bộ lãnh đạo.",
        "Trường được tặng thưởng Huân chương Độc lập hạng Nhất và danh hiệu Anh hùng Lao động.",
    ]),
    "doi-ngu-giao-vien": ("Đội ngũ giáo viên", [
        "Nhà trường hiện có 96 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn, trong đó 38 thạc sĩ.",
        "Hiệu trưởng: Thầy Phạm Đức Long | Phó Hiệu trưởng: Cô Trần Thị Minh Nguyệt, Thầy Đinh Văn Quang",
    ]),
    "lien-he": ("Liên hệ", [
        "Trường THPT Lê Hồng Phong – Nam Định",
        "Địa chỉ: Số 76 Vị Xuyên, phường Vị Xuyên, thành phố Nam Định, tỉnh Nam Định.",
        "Điện thoại: 0228.3640.297 – Email: c3lehongphong.nd@namdinh.edu.vn",
    ]),
}

PORTFOLIO_SLUG = "khai-giang-nam-hoc-2026-2027"


def static_page(request: Request, slug: str) -> Response:
    title, paras = _PAGES[slug]
    body = "".join(f"<p>{tx(p)}</p>" for p in paras)
    if slug == "lien-he":
        body += ('<div class="wpcf7 no-js" id="wpcf7-f512-p14-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f512-p14-o1" '
                 'method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
                 '<p><label>Họ tên<br><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name"></label></p>'
                 '<p><label>Nội dung<br><textarea cols="40" rows="6" name="your-message"></textarea></label></p>'
                 '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi"></p></form></div>')
    row = _row(f'<div class="uncode_text_column">{body}</div>', "p1")
    main = f'<div class="post-content style-light">{row}</div>'
    return _page(request, title=title, canonical=f"/{slug}/", header=_page_header(tx(title)), main=main,
                 body_class=f"page-template-default page page-{slug}", sidebar=slug != "lien-he")


def library_page(request: Request) -> Response:
    tile = (f'<div class="tmb tmb-iso-w4 tmb-light tmb-id-3320"><div class="t-inside"><div class="t-entry-visual">'
            f'<a href="/portfolio/{PORTFOLIO_SLUG}/" class="pushed"><img src="{UP}/2026/09/khai-giang-uai-480x320.jpg" '
            f'alt=""></a></div><div class="t-entry-text"><div class="t-entry"><h3 class="t-entry-title h5">'
            f'<a href="/portfolio/{PORTFOLIO_SLUG}/">Lễ khai giảng năm học 2026–2027</a></h3></div></div></div></div>')
    main = f'<div class="post-content style-light">{_row(tile, "g1")}</div>'
    return _page(request, title="Thư viện ảnh", canonical="/thu-vien-anh/", header=_page_header("Thư viện ảnh"),
                 main=main, body_class="page-template-default page page-thu-vien-anh")


def portfolio_page(request: Request) -> Response:
    imgs = [Img(f"{UP}/2026/09/khai-giang-{n:02d}-uai-258x172.jpg", f"DSC_04{n:02d}", None, "gallery")
            for n in range(1, 5)]
    info = ('<div class="post-info"><div class="date-info">5 Tháng Chín, 2026 lúc 10:00 sáng</div>'
            '<div class="category-info"><span>|</span>Trong <span>Sự kiện</span></div></div>')
    text_row = _row('<div class="uncode_text_column"><p>Một số hình ảnh Lễ khai giảng năm học 2026&#8211;2027.</p></div>',
                    "pf2")
    main = f'<div class="post-content style-light">{_row(_gallery(imgs, 33200), "pf1")}{text_row}</div>'
    return _page(request, title="Lễ khai giảng năm học 2026-2027", canonical=f"/portfolio/{PORTFOLIO_SLUG}/",
                 header=_page_header("Lễ khai giảng năm học 2026&#8211;2027", info), main=main, sidebar=False,
                 body_class="portfolio-template-default single single-portfolio postid-3320")


# ---------------------------------------------------------------------------------------------
# routing
# ---------------------------------------------------------------------------------------------


class WpUncodeSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/wp-comments-post.php":
            if request.method != "POST":
                return Response(405, b"", {"Allow": "POST"})
            return html("<html><body id=\"error-page\"><div class=\"wp-die-message\"><p><strong>Lỗi</strong>: "
                        "vui lòng nhập nội dung bình luận.</p></div><p><a href=\"javascript:history.back()\">"
                        "&laquo; Quay lại</a></p></body></html>")
        if path == "/":
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(permalink(story), 301) if story else None
            if "s" in params:
                return search_page(request, params["s"])
            upage = params.get("upage", "1")
            if not upage.isdigit() or not 1 <= int(upage) <= _pages_of(STORIES, GRID_PER_PAGE):
                return None
            return home_page(request, int(upage))
        parts = [p for p in path.split("/") if p]
        if not path.endswith("/"):
            # WordPress redirect_canonical adds the trailing slash
            return redirect(path + "/", 301) if parts and "." not in parts[-1] else None
        if len(parts) >= 2 and parts[0] == "tin-tuc" and parts[1] in BY_SLUG:
            story = BY_SLUG[parts[1]]
            if len(parts) == 2:
                reply = params.get("replytocom")
                replyto = next((c for c in story.opts.get("comments", []) if str(c.id) == reply), None)
                return post_page(request, story, replyto=replyto)
            if len(parts) == 3 and story.opts.get("attachment", ("",))[0] == parts[2]:
                return attachment_page(request, story)
            return None
        if len(parts) == 3 and parts[:2] == ["en", "tin-tuc"] and parts[2] in EN_SLUGS:
            return post_page(request, BY_SLUG[parts[2]], en=True)
        if parts and parts[0] == "chuyen-muc" and len(parts) >= 2 and parts[1] in CATS:
            if len(parts) == 2:
                upage = params.get("upage", "1")
                return category_page(request, parts[1], int(upage)) if upage.isdigit() else None
            if len(parts) == 4 and parts[2] == "page" and parts[3].isdigit():
                if parts[3] == "1":
                    return redirect(f"/chuyen-muc/{parts[1]}/", 301)
                return category_page(request, parts[1], int(parts[3]))
            return None
        if len(parts) == 2 and parts[0] == "the" and parts[1] in TAGS:
            return tag_page(request, parts[1])
        if len(parts) == 1 and parts[0] in _PAGES:
            return static_page(request, parts[0])
        if parts == ["thu-vien-anh"]:
            return library_page(request)
        if parts == ["portfolio", PORTFOLIO_SLUG]:
            return portfolio_page(request)
        return None


def build_site() -> WpUncodeSite:
    return WpUncodeSite()


# ---------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/tin-tuc/{story.slug}/?replytocom={c.id}" for c in story.opts.get("comments", [])]
    if story.opts.get("en"):
        alts.append(f"/en/tin-tuc/{story.slug}/")
    return alts


GOLD = [
    gold_record(s, permalink(s), CATS[cats_of(s)[0]], alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/doi-ngu-giao-vien/",
    "/lien-he/",
    f"/portfolio/{PORTFOLIO_SLUG}/",
    "/tin-tuc/so-gddt-kiem-tra-cong-tac-chuyen-mon/doan-kiem-tra-so-gddt/",
]
