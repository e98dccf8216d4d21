"""GetSimple CMS 3.3 + News Manager: the website of a kindergarten (Trường Mầm non Hoa Sen, Đà Nẵng).

Platform
--------
GetSimple CMS 3.3.16 (flat-file PHP, pages stored as XML, "fancy URLs" on through .htaccess) with
the News Manager plugin (NM) for the news. The theme ("HoaSen") was hand-edited by the school's IT
teacher: an XHTML 1.0 table-free layout with Vietnamese ids (``cot-trai``, ``cot-giua``,
``dd-link``), hand-written components in the sidebars and a breadcrumb hack that looks up the
post's first tag in a PHP array to print a "section" name.

URL scheme
----------
- ``/``                                   home (GetSimple page ``index``)
- ``/<slug>/`` and ``/<parent>/<slug>/``  GetSimple pages (intro, staff, weekly menu, album, documents, contact)
- ``/news/``                              NM news page, page 1 (4 posts a page); ``/news/page/N/`` pages 2-4
  (``/news/page/1/`` also answers: page 1 again)
- ``/news/post/<slug>/``                  one post (NM pretty URLs)
- ``/news/tag/<tag>/``                    NM tag page (every post with the tag, unpaged)
- ``/index.php?id=news&post=<slug>``      the same post without fancy URLs
- ``/news/?post=<slug>``                  the same post with fancy URLs but NM pretty URLs off
- ``/news/post/<slug>``                   the same post without trailing slash (NM's rewrite rule is ``/?$``)
- ``POST /news/`` (``keywords``)          NM search results
- ``/rss.php``                            NM feed (5 newest), ``/sitemap.xml`` (GetSimple pages only), ``/robots.txt``
- images ``/data/uploads/...``, listing thumbnails ``/data/thumbs/thumbsm.*``, theme ``/theme/HoaSen/...``

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), header with logo and a marquee,
a menu ``ul#nav`` with drop-downs (``ul.sub``), left column (stale "Tin nổi bật" component, web
links, a poll), middle column (breadcrumb ``div.dd-link``, ``h1.tieude-trang`` = the GetSimple
page's title, content), right column (NM "Bài viết mới", NM search, visitor counter, a YouTube
clip, a Facebook page box), footer (address, phone, e-mail, "Trang cập nhật", GetSimple credit).

A post page: ``h1`` "Tin tức" (the host page's title), then ``div.nm_post.nm_post_single`` with
``h3.nm_post_title`` (the headline), ``p.nm_post_date`` ("Đăng lúc: Friday, 04/12/2026 - 15:20"),
``p.nm_post_author`` ("Người đăng: quantri"), ``div.nm_post_content`` (CKEditor HTML: text, images,
caption lines, the byline/source line at the end), ``p.nm_post_meta`` (tags),
``p.nm_post_back``; then the share bar, a Facebook comments box and "Các tin khác" (the 5
newest other posts, with their day).

A listing (``/news/``, ``/news/page/N/``, tag pages, search): ``div.nm_post`` items with a
thumbnail, linked ``h3.nm_post_title``, date, an excerpt ending in " [...]", "Xem tiếp »" and
tags; ``div.nm_page_nav`` with only "← Tin cũ hơn" / "Tin mới hơn →".

How each gold article is reached
--------------------------------
``/news/`` (menu "Tin tức") shows posts 1-4; "← Tin cũ hơn" chains to ``/news/page/2/`` (5-8),
``/news/page/3/`` (9-12) and ``/news/page/4/`` (13). Tag pages (menu drop-down and the tags under
each post) also list the tagged posts. Posts 11 and 12 carry no tag: only ``/news/page/3/``
links them (post 13 also sits on ``/news/tag/an-toan/``, linked only from the tags of posts 6 and 13).
The home page shows post 1 in full and 2-4 as excerpts; "Bài viết mới" lists 1-5 on every page.

Traps
-----
1. Headline vs page title: ``<title>`` and ``<h1>`` of every post page print "Tin tức" (GetSimple's
   page title of the NM host page); the headline is only in ``h3.nm_post_title``.
   Gold: title = the h3 text.
2. Wrong canonical: GetSimple's ``get_header()`` prints the host page's canonical
   (``<link rel="canonical" href="…/news/">``) on every post, page 2+ and tag page, and the meta
   description is the news page's. Gold: canonical_path = the post's own ``/news/post/<slug>/``;
   summary never comes from the meta description.
3. Duplicate URLs: the stale hand-written "Tin nổi bật" component links
   ``/index.php?id=news&post=<slug>`` (posts 5, 7, 9, 10), the home box links
   ``/news/?post=<slug>``, the RSS feed ``/news/post/<slug>`` (no slash); all answer 200 with the
   same article. Gold: these three forms are alt_paths of every post.
4. The home page prints the newest post in full (images, byline and all) in a "Tin tiêu điểm" box,
   and ``/news/page/1/`` repeats ``/news/``. Gold: neither is an article; post 1 is its own page.
5. Dates: NM prints "Đăng lúc: Friday, 04/12/2026 - 15:20" (English weekday because the server
   has no vi_VN locale, day first); the header prints today and the footer "Trang cập nhật:
   05/12/2026 07:58". Gold: the NM date with +07:00; post 3's "00:00" is a day only
   ("2026-12-01"); post 2 is a notice whose letterhead day (30/11) wins over NM's 02/12.
6. Pagination only by a "← Tin cũ hơn" chain (no page numbers); two posts are reachable only
   from ``/news/page/3/``; ``/sitemap.xml`` lists GetSimple pages, never posts; RSS has 5 items.
7. Bylines at the end of the content as right-aligned paragraphs in every form: "Tin, ảnh: X",
   "Tin: X - Ảnh: Y", "Cô X - Tổ trưởng tổ …", "BS.CKI X - Trạm Y tế …", "X (GV lớp Lá 1)", a
   unit alone ("Tổ Mẫu giáo bé", "Công đoàn trường"), a bold "ThS. X" line *above* the text
   (not a sapo), and the theme's "Người đăng: quantri". Gold: names only, units as printed,
   quantri nobody.
8. Captions: an italic centred ``<p>`` after the image, in parentheses (taken off), a table with
   a caption row, "Ảnh: X" under a photo (photographer, caption None), photos in a row with no
   line; listing thumbnails are never article images. Post 9's photos still live on the school's
   old domain (``mnhoasen.tamky.edu.vn``, before the 2025 merger into Đà Nẵng). Gold: those are
   the article's images, with their absolute URL.
9. Text encodings: CKEditor's ``entities_latin`` writes Latin-1 letters as named entities
   (``&agrave;``, ``&ecirc;``) and leaves the Vietnamese ones raw, so every word mixes both; post 7
   was typed with Unikey in "Unicode tổ hợp" (NFD). Gold: NFC text.
10. Boundaries: a Word paste (post 3) with ``mso-list:Ignore`` bullets and an editor-typed "- ";
   the notice's letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and signature; attachment and
   "Xem thêm:" lines; tags, "<< Quay lại", share bar, Facebook comments, "Các tin khác".
   Gold: only the text paragraphs; Word bullets no text, typed dashes kept.
11. GetSimple's rewrite rule takes the *last* path segment as the page id: post 9's body links
   ``lien-he/`` relatively, which resolves to ``/news/post/<slug>/lien-he/`` and answers 200 with
   the contact page (its own links are absolute, so this stays one page). Gold: not an article.
12. Footnotes in post 10: calls "[1]" inside sentences and a "Tài liệu tham khảo" list.
   Gold: calls kept in their sentences, the list is body.

Gold decisions on ambiguous points
----------------------------------
- category = the last breadcrumb item: the label of the post's first tag that the theme's array
  knows (hoat-dong → "Hoạt động của bé", chuyen-mon → "Hoạt động chuyên môn", phu-huynh →
  "Góc phụ huynh", thong-bao → "Thông báo"); posts without such a tag print "Tin tức".
- "Cô" before a teacher's name is a form of address and is dropped like a title.
- A photo line "Ảnh: X" makes X a photographer of the article (caption None).
- The notice (post 2): letterhead, kind/subject lines, "Nơi nhận" and signature are not body; its
  date is the letterhead's day; the signer is its author; the attachment line is not body.
- Post 11's two-line wish split by ``<br />`` is two paragraphs.
- Summary only for post 5 (a bold lead paragraph); post 10's bold first line is a byline.
- Body table rows (post 7) are paragraphs with cells joined by " | ", header row included.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from datetime import datetime
from email.utils import format_datetime
from html.entities import codepoint2name
from urllib.parse import quote
from zoneinfo import ZoneInfo

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "getsimple_mamnon"
PLATFORM = "GetSimple CMS 3.3 + News Manager"
START_PATH = "/"

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
SCHOOL = "Trường Mầm non Hoa Sen"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
OLD_DOMAIN = "http://mnhoasen.tamky.edu.vn"
PER_PAGE = 4

#: the theme's PHP array: first known tag -> breadcrumb label
SECTIONS = {
    "hoat-dong": "Hoạt động của bé",
    "chuyen-mon": "Hoạt động chuyên môn",
    "phu-huynh": "Góc phụ huynh",
    "thong-bao": "Thông báo",
}
NEWS_LABEL = "Tin tức"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the 13 posts, newest first ------------------------------------------------------------------

S1 = Story(
    id=1,
    slug="hoi-thi-be-kheo-tay-khoi-mau-giao-lon-nam-hoc-2026-2027",
    title="🌸 Hội thi “Bé khéo tay” khối Mẫu giáo lớn năm học 2026-2027",
    cat="Hoạt động của bé",
    published_at="2026-12-04T15:20:00+07:00",
    blocks=[
        P(
            "Nhằm giúp trẻ phát triển sự khéo léo của đôi bàn tay, khả năng sáng tạo và tình yêu cái "
            "đẹp, chiều ngày 04/12/2026, Trường Mầm non Hoa Sen tổ chức Hội thi “Bé khéo tay” dành cho "
            "trẻ khối Mẫu giáo lớn (5-6 tuổi)."
        ),
        P(
            "Tham gia hội thi có 75 bé đến từ 3 lớp Lá 1, Lá 2 và Lá 3. Mỗi lớp cử 25 bé thi theo hình "
            "thức tập thể với chủ đề “Bé yêu mùa đông”. Với những nguyên vật liệu quen thuộc như giấy "
            "màu, len, hột hạt, lá khô, vỏ hộp sữa… các bé đã khéo léo cắt, dán, xé, nặn để tạo nên "
            "những sản phẩm ngộ nghĩnh, đầy màu sắc."
        ),
        Img(
            "/data/uploads/hoat-dong/2026/be-kheo-tay-01.jpg",
            printed="Các bé lớp Lá 2 say sưa cắt dán bức tranh “Chiếc khăn len của mẹ”",
            caption="Các bé lớp Lá 2 say sưa cắt dán bức tranh “Chiếc khăn len của mẹ”",
            style="em",
        ),
        P(
            "Ban giám khảo gồm đại diện Ban giám hiệu, Ban đại diện cha mẹ trẻ và các giáo viên cốt "
            "cán đã chấm điểm dựa trên các tiêu chí: kỹ năng sử dụng đồ dùng, tính sáng tạo, thẩm mỹ "
            "của sản phẩm và khả năng giới thiệu sản phẩm của trẻ."
        ),
        Img(
            "/data/uploads/hoat-dong/2026/be-kheo-tay-02.jpg",
            printed="(Bé Minh Khang giới thiệu sản phẩm trước Ban giám khảo)",
            caption="Bé Minh Khang giới thiệu sản phẩm trước Ban giám khảo",
            style="em",
        ),
        P(
            "Kết quả, Ban tổ chức đã trao 01 giải Nhất cho lớp Lá 2, 01 giải Nhì cho lớp Lá 1 và 01 "
            "giải Ba cho lớp Lá 3. Ngoài ra, 10 bé có sản phẩm đẹp được tặng giấy khen và phần quà "
            "của nhà trường."
        ),
        P(
            "Hội thi đã khép lại trong niềm vui, tiếng cười của các bé. Đây là hoạt động bổ ích giúp "
            "trẻ mạnh dạn, tự tin và hình thành kỹ năng làm việc nhóm ngay từ lứa tuổi mầm non. 👏"
        ),
        _right("<strong>Tin, ảnh: Lê Thị Minh Thư</strong>"),
    ],
    authors=["Lê Thị Minh Thư"],
    photographers=["Lê Thị Minh Thư"],
    opts={"tags": ["hoat-dong"], "nm_date": "2026-12-04 15:20"},
)

_LETTERHEAD = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;">\n<tbody>\n<tr>\n'
    '<td style="text-align: center; width: 40%;">UBND PHƯỜNG TAM KỲ<br />\n'
    "<strong>TRƯỜNG MẦM NON HOA SEN</strong><br />\n———</td>\n"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br />\n———————</td>\n</tr>\n<tr>\n"
    '<td style="text-align: center;">Số: 142/TB-MNHS</td>\n'
    '<td style="text-align: center;"><em>Tam Kỳ, ngày 30 tháng 11 năm 2026</em></td>\n'
    "</tr>\n</tbody>\n</table>\n"
    '<p style="text-align: center;">&nbsp;</p>\n'
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
    "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
)
_SIGNATURE = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;">\n<tbody>\n<tr>\n'
    '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Cha mẹ trẻ các nhóm, lớp;<br />\n- Website trường;<br />\n- Lưu: VT.</td>\n"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br />\n'
    "<br />\n<em>(Đã ký)</em><br />\n<br />\n<strong>Trần Thị Mỹ Lệ</strong></td>\n"
    "</tr>\n</tbody>\n</table>\n"
    '<p><img alt="" src="/plugins/news_manager/images/pdf.gif" /> File đính kèm: '
    '<a href="/data/uploads/van-ban/TB-142-nghi-tet-duong-lich-2027.pdf">'
    "TB-142-nghi-tet-duong-lich-2027.pdf</a></p>"
)

S2 = Story(
    id=2,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        _LETTERHEAD,
        P(
            "Căn cứ Công văn số 2315/SGDĐT-GDMN ngày 25/11/2026 của Sở Giáo dục và Đào tạo thành phố "
            "Đà Nẵng về việc nghỉ Tết Dương lịch năm 2027;",
            "indent",
        ),
        P(
            "Trường Mầm non Hoa Sen thông báo đến quý cha mẹ trẻ lịch nghỉ Tết Dương lịch năm 2027 như sau:",
            "indent",
        ),
        P("1. Thời gian nghỉ: Trẻ được nghỉ 01 ngày, thứ Sáu ngày 01/01/2027.", "indent"),
        P("2. Thời gian đi học trở lại: Thứ Hai, ngày 04/01/2027.", "indent"),
        P(
            "3. Trong thời gian nghỉ Tết, đề nghị quý cha mẹ quan tâm chăm sóc, giữ ấm cho trẻ, đảm "
            "bảo an toàn khi tham gia giao thông và không cho trẻ chơi gần ao hồ, sông suối.",
            "indent",
        ),
        P(
            "Nhà trường trân trọng thông báo để quý cha mẹ trẻ được biết và phối hợp thực hiện./.",
            "indent",
        ),
        _SIGNATURE,
    ],
    authors=["Trần Thị Mỹ Lệ"],
    opts={"tags": ["thong-bao"], "nm_date": "2026-12-02 09:00"},
)

S3 = Story(
    id=3,
    slug="phong-chong-dich-benh-mua-dong-xuan-cho-tre-mam-non",
    title="Phòng chống dịch bệnh mùa đông – xuân cho trẻ mầm non",
    cat="Góc phụ huynh",
    published_at="2026-12-01",
    blocks=[
        P(
            "Mùa đông – xuân là thời điểm thời tiết thay đổi thất thường, độ ẩm cao, tạo điều kiện "
            "thuận lợi cho các loại vi rút, vi khuẩn phát triển. Trẻ mầm non với sức đề kháng còn non "
            "yếu rất dễ mắc các bệnh như cúm, viêm đường hô hấp, tay chân miệng, sởi, thủy đậu…",
            "mso",
        ),
        Img("/data/uploads/phu-huynh/phong-benh-mua-dong.png", style="plain"),
        P("Một số bệnh thường gặp ở trẻ trong mùa đông – xuân", "msoh"),
        P("Cúm mùa: trẻ sốt cao, ho, sổ mũi, đau họng, mệt mỏi.", "msoli"),
        P("Viêm phổi: trẻ ho, sốt, thở nhanh, có thể rút lõm lồng ngực.", "msoli"),
        P("Sởi: sốt, phát ban từ sau tai lan ra mặt, thân mình, kèm theo viêm kết mạc.", "msoli"),
        P("Tay chân miệng: sốt nhẹ, loét miệng, phát ban dạng phỏng nước ở lòng bàn tay, bàn chân.", "msoli"),
        P("Cha mẹ cần làm gì để phòng bệnh cho trẻ?", "msoh"),
        P("- Giữ ấm cho trẻ khi ra ngoài, đặc biệt là vùng cổ, ngực và bàn chân.", "mso"),
        P("- Cho trẻ ăn uống đủ chất dinh dưỡng, uống đủ nước ấm, bổ sung rau xanh và trái cây.", "mso"),
        P("- Tiêm chủng đầy đủ, đúng lịch các loại vắc xin theo khuyến cáo của ngành y tế.", "mso"),
        P("- Rửa tay cho trẻ bằng xà phòng trước khi ăn, sau khi đi vệ sinh và khi tay bẩn.", "mso"),
        P(
            "- Khi trẻ có dấu hiệu sốt, ho, phát ban, cha mẹ cần cho trẻ nghỉ học ở nhà và đưa trẻ đến "
            "cơ sở y tế để được khám, điều trị kịp thời.",
            "mso",
        ),
        P(
            "Nhà trường đề nghị quý cha mẹ thường xuyên trao đổi với giáo viên chủ nhiệm về tình hình "
            "sức khỏe của trẻ để cùng phối hợp chăm sóc, phòng bệnh hiệu quả.",
            "mso",
        ),
        Raw(
            '<p align="right" class="MsoNormal" style="text-align:right"><i><span lang="VI" '
            'style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'
            "Nguồn: Trung tâm Kiểm soát bệnh tật thành phố Đà Nẵng</span></i><o:p></o:p></p>"
        ),
    ],
    source="Trung tâm Kiểm soát bệnh tật thành phố Đà Nẵng",
    opts={"tags": ["phu-huynh"], "nm_date": "2026-12-01 00:00"},
)

S4 = Story(
    id=4,
    slug="tiet-day-mau-linh-vuc-phat-trien-ngon-ngu-truyen-chu-vit-xam",
    title="Tiết dạy mẫu lĩnh vực phát triển ngôn ngữ: Truyện “Chú vịt xám”",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-28T16:45:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch bồi dưỡng chuyên môn năm học 2026-2027, sáng ngày 27/11/2026, tổ Mẫu "
            "giáo nhỡ Trường Mầm non Hoa Sen đã tổ chức tiết dạy mẫu lĩnh vực phát triển ngôn ngữ với "
            "đề tài kể chuyện “Chú vịt xám” tại lớp Chồi 2."
        ),
        P(
            "Tiết dạy do cô Nguyễn Thị Bích Ngọc thực hiện. Với sự chuẩn bị chu đáo về đồ dùng trực "
            "quan như sa bàn, rối tay, tranh minh họa và bài giảng điện tử, cô đã dẫn dắt trẻ vào câu "
            "chuyện một cách nhẹ nhàng, tự nhiên. Trẻ hứng thú lắng nghe, tích cực trả lời câu hỏi và "
            "tham gia đóng kịch cùng cô."
        ),
        Img(
            "/data/uploads/chuyen-mon/tiet-day-mau-chu-vit-xam.jpg",
            printed="Ảnh: Trương Thị Thu Hiền",
            caption=None,
            style="em",
        ),
        P(
            "Sau tiết dạy, các giáo viên trong tổ đã cùng nhau trao đổi, rút kinh nghiệm về phương "
            "pháp tổ chức, cách đặt câu hỏi mở và việc lồng ghép giáo dục kỹ năng cho trẻ. Qua đó, "
            "giáo viên có thêm cơ hội học hỏi, vận dụng vào thực tế giảng dạy tại lớp mình."
        ),
        P(
            "Buổi sinh hoạt chuyên môn đã góp phần nâng cao chất lượng thực hiện Chương trình Giáo dục "
            "mầm non, đáp ứng yêu cầu đổi mới giáo dục hiện nay."
        ),
        _right("<em>Cô Phạm Thị Hồng Nhung - Tổ trưởng tổ Mẫu giáo nhỡ</em>"),
    ],
    authors=["Phạm Thị Hồng Nhung"],
    photographers=["Trương Thị Thu Hiền"],
    opts={"tags": ["chuyen-mon"], "nm_date": "2026-11-28 16:45"},
)

S5 = Story(
    id=5,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    cat="Hoạt động của bé",
    published_at="2026-11-20T10:15:00+07:00",
    blocks=[
        P(
            "Sáng ngày 19/11/2026, trong không khí phấn khởi của những ngày tháng Mười Một, Trường Mầm "
            "non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
            "20/11/2026).",
            "bold",
        ),
        P(
            "Đến dự buổi lễ có ông Huỳnh Tấn Lộc, Phó Chủ tịch UBND phường Tam Kỳ; đại diện Ban đại "
            "diện cha mẹ trẻ cùng toàn thể cán bộ, giáo viên, nhân viên và các bé của nhà trường."
        ),
        P(
            "Phát biểu tại buổi lễ, cô Trần Thị Mỹ Lệ, Hiệu trưởng nhà trường đã ôn lại truyền thống "
            "vẻ vang của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật mà tập thể sư phạm "
            "nhà trường đạt được trong năm học vừa qua: nhà trường được công nhận đạt chuẩn Quốc gia "
            "mức độ 2; 100% trẻ được ăn bán trú tại trường; tỉ lệ trẻ suy dinh dưỡng giảm còn 1,8%."
        ),
        Img(
            "/data/uploads/hoat-dong/2026/20-11-tang-hoa.jpg",
            printed="Lãnh đạo UBND phường Tam Kỳ tặng hoa chúc mừng tập thể giáo viên nhà trường",
            caption="Lãnh đạo UBND phường Tam Kỳ tặng hoa chúc mừng tập thể giáo viên nhà trường",
            style="table",
        ),
        P(
            "Tại buổi lễ, nhà trường đã khen thưởng 12 giáo viên đạt thành tích xuất sắc trong phong "
            "trào thi đua “Dạy tốt - Học tốt” đợt 1. Các bé đã mang đến những tiết mục văn nghệ đặc "
            "sắc như múa “Cô giáo em”, hát “Bông hoa mừng cô”, thể hiện lòng biết ơn đối với các cô giáo."
        ),
        Img(
            "/data/uploads/hoat-dong/2026/20-11-mua-co-giao-em.jpg",
            printed="Tiết mục múa “Cô giáo em” của các bé lớp Lá 3",
            caption="Tiết mục múa “Cô giáo em” của các bé lớp Lá 3",
            style="table",
        ),
        _right("<strong>Tin: Nguyễn Thị Thanh Tâm - Ảnh: Võ Văn Hùng</strong>"),
    ],
    authors=["Nguyễn Thị Thanh Tâm"],
    photographers=["Võ Văn Hùng"],
    summary=(
        "Sáng ngày 19/11/2026, trong không khí phấn khởi của những ngày tháng Mười Một, Trường Mầm "
        "non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
        "20/11/2026)."
    ),
    opts={"tags": ["hoat-dong", "20-11"], "nm_date": "2026-11-20 10:15"},
)

S6 = Story(
    id=6,
    slug="be-voi-thang-an-toan-giao-thong",
    title="Bé với tháng an toàn giao thông",
    cat="Hoạt động của bé",
    published_at="2026-11-18T14:00:00+07:00",
    blocks=[
        P(
            "Hưởng ứng tháng cao điểm an toàn giao thông, trong tuần từ ngày 09/11 đến 13/11/2026, các "
            "lớp khối Mẫu giáo bé đã tổ chức nhiều hoạt động giúp trẻ làm quen với luật giao thông đơn giản."
        ),
        P(
            "Thông qua các trò chơi “Đèn xanh - đèn đỏ”, “Bé tập làm chú cảnh sát giao thông”, “Đi "
            "đúng làn đường”, trẻ được nhận biết ý nghĩa của các màu đèn tín hiệu, một số biển báo "
            "quen thuộc và cách đi bộ an toàn trên vỉa hè."
        ),
        Img("/data/uploads/hoat-dong/2026/atgt-01.jpg", style="row"),
        Img("/data/uploads/hoat-dong/2026/atgt-02.jpg", style="row"),
        Img("/data/uploads/hoat-dong/2026/atgt-03.jpg", style="rowend"),
        P(
            "Các cô giáo cũng hướng dẫn trẻ cách ngồi ngay ngắn sau xe máy, đội mũ bảo hiểm đúng cách "
            "và không thò tay, chân ra ngoài khi xe đang chạy."
        ),
        P(
            "Mong rằng qua các hoạt động này, mỗi bé sẽ trở thành một “tuyên truyền viên nhỏ”, nhắc "
            "nhở ông bà, bố mẹ cùng chấp hành tốt luật giao thông."
        ),
        _right("<strong><em>Tổ Mẫu giáo bé</em></strong>"),
    ],
    authors=["Tổ Mẫu giáo bé"],
    opts={"tags": ["hoat-dong", "an-toan"], "nm_date": "2026-11-18 14:00"},
)

S7 = Story(
    id=7,
    slug="thuc-don-dinh-duong-mua-lanh-goi-y-cho-cha-me",
    title="Thực đơn dinh dưỡng mùa lạnh: gợi ý cho cha mẹ",
    cat="Góc phụ huynh",
    published_at="2026-11-14T08:30:00+07:00",
    blocks=[
        P(
            "Khi thời tiết trở lạnh, trẻ cần được cung cấp đầy đủ năng lượng và vi chất để giữ ấm cơ "
            "thể và tăng sức đề kháng. Dưới đây là một số gợi ý thực đơn cho trẻ từ 3 đến 5 tuổi mà "
            "cha mẹ có thể tham khảo để chế biến bữa ăn tại nhà."
        ),
        P("Nguyên tắc xây dựng thực đơn", "h"),
        P(
            "Bữa ăn của trẻ cần đủ 4 nhóm chất: chất bột đường, chất đạm, chất béo, vitamin và khoáng "
            "chất. Nên ưu tiên các món ăn ấm, mềm, dễ tiêu như cháo, súp, canh hầm."
        ),
        P(
            "Hạn chế cho trẻ uống nước đá, ăn kem, đồ uống lạnh; không nên cho trẻ ăn quá nhiều đồ "
            "ngọt trước bữa chính."
        ),
        P("Gợi ý thực đơn tham khảo", "h"),
        P("Ngày | Bữa chính | Bữa phụ", "tr"),
        P("Thứ Hai | Cơm, canh bí đỏ nấu tôm, thịt heo kho trứng cút | Sữa chua, chuối", "tr"),
        P("Thứ Ba | Cháo gà hạt sen, cải ngọt xào | Súp bắp cua", "tr"),
        P("Thứ Tư | Cơm, canh rau ngót nấu thịt bằm, cá thu sốt cà chua | Cam vắt", "tr"),
        P("Thứ Năm | Mì Quảng gà | Chè đậu xanh", "tr"),
        P("Thứ Sáu | Cơm, canh chua cá lóc, đậu hũ nhồi thịt | Sữa tươi, bánh bông lan", "tr"),
        P(
            "Lưu ý: Cha mẹ có thể thay đổi linh hoạt các món ăn theo khẩu vị của trẻ, đảm bảo vệ sinh "
            "an toàn thực phẩm, rửa tay sạch sẽ trước khi chế biến và cho trẻ ăn."
        ),
        _right("<em>BS.CKI Huỳnh Văn Phúc - Trạm Y tế phường Tam Kỳ</em>"),
    ],
    authors=["Huỳnh Văn Phúc"],
    opts={"tags": ["phu-huynh"], "nm_date": "2026-11-14 08:30", "nfd": True},
)

S8 = Story(
    id=8,
    slug="ke-hoach-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-10T07:45:00+07:00",
    blocks=[
        P(
            "Căn cứ Kế hoạch số 98/KH-MNHS ngày 15/9/2026 về thực hiện nhiệm vụ năm học 2026-2027, "
            "Trường Mầm non Hoa Sen xây dựng kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường "
            "với các nội dung chính sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "h"),
        P(
            "Đánh giá năng lực chuyên môn, nghiệp vụ của giáo viên; phát hiện, bồi dưỡng giáo viên có "
            "năng lực để tham gia Hội thi giáo viên dạy giỏi cấp thành phố.",
            "li",
        ),
        P(
            "Tạo điều kiện để giáo viên giao lưu, học hỏi, chia sẻ kinh nghiệm trong tổ chức các hoạt "
            "động giáo dục trẻ.",
            "li",
        ),
        P("Hội thi được tổ chức nghiêm túc, công bằng, khách quan, không gây áp lực cho giáo viên.", "li"),
        P("II. THỜI GIAN, HÌNH THỨC", "h"),
        P("Thời gian: từ ngày 23/11/2026 đến ngày 11/12/2026.", "li"),
        P(
            "Hình thức: mỗi giáo viên dự thi thực hiện 01 hoạt động giáo dục tại lớp và trình bày 01 "
            "biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ.",
            "li",
        ),
        P(
            "Các tổ chuyên môn đăng ký danh sách giáo viên dự thi về Phó Hiệu trưởng phụ trách chuyên "
            "môn trước ngày 18/11/2026."
        ),
        Raw(
            '<p><img alt="" src="/plugins/news_manager/images/pdf.gif" /> Tải về: '
            '<a href="/data/uploads/van-ban/KH-hoi-thi-GVDG-2026-2027.pdf">KH-hoi-thi-GVDG-2026-2027.pdf</a>'
            " (215 KB)</p>\n"
            "<p><em>Xem thêm: <a href=\"https://vanban.chinhphu.vn/?pageid=27160&amp;docid=201777\" "
            'target="_blank">Điều lệ Trường mầm non (Thông tư 52/2020/TT-BGDĐT)</a></em></p>'
        ),
    ],
    opts={"tags": ["chuyen-mon", "thong-bao"], "nm_date": "2026-11-10 07:45"},
)

S9 = Story(
    id=9,
    slug="tham-quan-trai-nghiem-tai-trang-trai-rau-sach-tam-thang",
    title="Tham quan, trải nghiệm tại trang trại rau sạch Tam Thăng",
    cat="Hoạt động của bé",
    published_at="2026-11-05T09:30:00+07:00",
    blocks=[
        P(
            "Nhằm giúp trẻ được khám phá thiên nhiên, biết quý trọng sức lao động và hiểu hơn về nguồn "
            "gốc của các loại rau, củ quen thuộc, ngày 04/11/2026, Trường Mầm non Hoa Sen tổ chức cho "
            "trẻ khối Mẫu giáo lớn đi tham quan, trải nghiệm tại Hợp tác xã rau sạch Tam Thăng."
        ),
        P(
            "Tại đây, các bé được các cô chú kỹ sư nông nghiệp giới thiệu về quy trình trồng rau theo "
            "hướng hữu cơ, được tận mắt nhìn thấy những luống cải xanh mướt, giàn mướp, giàn bầu sai "
            "trĩu quả. Các bé hào hứng tự tay tưới nước, nhổ cỏ và thu hoạch rau."
        ),
        Img(
            OLD_DOMAIN + "/data/uploads/hoat-dong/2026/trai-nghiem-rau-sach-01.jpg",
            printed="(Các bé lớp Lá 1 thu hoạch rau cải cùng cô giáo)",
            caption="Các bé lớp Lá 1 thu hoạch rau cải cùng cô giáo",
            style="em",
        ),
        Img(
            OLD_DOMAIN + "/data/uploads/hoat-dong/2026/trai-nghiem-rau-sach-02.jpg",
            printed="(Bé tập tưới nước cho luống rau)",
            caption="Bé tập tưới nước cho luống rau",
            style="em",
        ),
        P(
            "Kết thúc buổi trải nghiệm, mỗi bé được mang về một bó rau do chính tay mình thu hoạch để "
            "tặng ông bà, bố mẹ. Chuyến đi đã để lại trong các bé nhiều niềm vui và những bài học bổ ích."
        ),
        P(
            "Quý phụ huynh có nhu cầu đóng góp ý kiến về các hoạt động trải nghiệm của trẻ, vui lòng "
            "liên hệ với nhà trường qua số điện thoại 0235 3851 246 hoặc trang liên hệ của website.",
            "contactlink",
        ),
        _right("<em><strong>Nguyễn Hoàng Yến (GV lớp Lá 1)</strong></em>"),
    ],
    authors=["Nguyễn Hoàng Yến"],
    opts={"tags": ["hoat-dong"], "nm_date": "2026-11-05 09:30"},
)

S10 = Story(
    id=10,
    slug="huong-dan-cha-me-ren-ky-nang-tu-phuc-vu-cho-tre-3-4-tuoi",
    title="Hướng dẫn cha mẹ rèn kỹ năng tự phục vụ cho trẻ 3-4 tuổi",
    cat="Góc phụ huynh",
    published_at="2026-10-28T20:10:00+07:00",
    blocks=[
        Raw("<p><strong>ThS. Đặng Thị Kim Oanh</strong></p>"),
        P(
            "Kỹ năng tự phục vụ là những việc trẻ có thể tự làm để chăm sóc bản thân như tự xúc cơm, "
            "tự mặc quần áo, tự đi giày dép, tự cất đồ chơi… Theo các nhà tâm lý học, giai đoạn 3-4 "
            "tuổi là “thời điểm vàng” để hình thành những kỹ năng này.[1]"
        ),
        Img("/data/uploads/phu-huynh/ky-nang-tu-phuc-vu.jpg", style="plain"),
        P("1. Tạo cơ hội cho trẻ tự làm", "h4"),
        P(
            "Nhiều cha mẹ vì thương con hoặc vì sợ mất thời gian nên thường làm thay trẻ mọi việc. Hãy "
            "kiên nhẫn để trẻ tự làm, dù ban đầu trẻ làm chậm hoặc chưa khéo. Cha mẹ chỉ hỗ trợ khi "
            "trẻ thực sự cần."
        ),
        P("2. Làm mẫu và hướng dẫn từng bước", "h4"),
        P(
            "Với mỗi kỹ năng, cha mẹ nên làm mẫu chậm rãi, chia nhỏ thành từng bước đơn giản. Ví dụ "
            "khi dạy trẻ rửa tay: làm ướt tay, xoa xà phòng, chà các ngón tay, rửa lại bằng nước sạch "
            "và lau khô.[2]"
        ),
        P("3. Khen ngợi, động viên kịp thời", "h4"),
        P(
            "Lời khen đúng lúc giúp trẻ tự tin và có hứng thú thực hiện các công việc tự phục vụ. "
            "Tránh chê bai, so sánh trẻ với các bạn khác."
        ),
        P("Tài liệu tham khảo", "h4"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2021), Chương trình Giáo dục mầm non (ban hành kèm theo Văn "
            "bản hợp nhất số 01/VBHN-BGDĐT).",
            "small",
        ),
        P("[2] Bộ Y tế (2023), Hướng dẫn rửa tay thường quy cho trẻ em.", "small"),
    ],
    authors=["Đặng Thị Kim Oanh"],
    opts={"tags": ["phu-huynh"], "nm_date": "2026-10-28 20:10"},
)

S11 = Story(
    id=11,
    slug="chao-mung-ngay-phu-nu-viet-nam-20-10",
    title="Chào mừng ngày Phụ nữ Việt Nam 20/10",
    cat=NEWS_LABEL,
    published_at="2026-10-20T11:05:00+07:00",
    blocks=[
        P(
            "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
            "20/10/2026), chiều ngày 19/10/2026, Công đoàn Trường Mầm non Hoa Sen đã tổ chức buổi gặp "
            "mặt toàn thể nữ cán bộ, giáo viên, nhân viên nhà trường."
        ),
        P(
            "Tại buổi gặp mặt, đồng chí Chủ tịch Công đoàn đã ôn lại lịch sử, ý nghĩa của ngày 20/10 "
            "và gửi lời chúc sức khỏe, hạnh phúc đến chị em. Buổi gặp mặt còn có phần thi cắm hoa giữa "
            "các tổ chuyên môn với nhiều tác phẩm đẹp, mang ý nghĩa sâu sắc."
        ),
        Img(
            "/data/uploads/hoat-dong/2026/20-10-van-nghe.jpg",
            printed="Tiết mục văn nghệ chào mừng của tổ Nhà trẻ",
            caption="Tiết mục văn nghệ chào mừng của tổ Nhà trẻ",
            style="em",
        ),
        P(
            "Các bé cũng đã tự tay làm những tấm thiệp xinh xắn để tặng bà, tặng mẹ và cô giáo nhân "
            "ngày 20/10."
        ),
        P("Chúc các bà, các mẹ, các cô luôn xinh đẹp,", "brfirst"),
        P("hạnh phúc và thành công!", "brnext"),
        _right("<strong>Tin, ảnh: Công đoàn trường</strong>"),
    ],
    authors=["Công đoàn trường"],
    photographers=["Công đoàn trường"],
    opts={"tags": [], "nm_date": "2026-10-20 11:05"},
)

S12 = Story(
    id=12,
    slug="hop-phu-huynh-dau-nam-hoc-2026-2027",
    title="Họp phụ huynh đầu năm học 2026-2027",
    cat=NEWS_LABEL,
    published_at="2026-10-12T16:30:00+07:00",
    blocks=[
        P(
            "Ngày 10/10/2026, Trường Mầm non Hoa Sen tổ chức họp phụ huynh đầu năm học 2026-2027 tại "
            "11 nhóm, lớp với sự tham dự của gần 350 phụ huynh."
        ),
        P(
            "Tại buổi họp, giáo viên chủ nhiệm các lớp đã thông qua kế hoạch chăm sóc, giáo dục trẻ "
            "trong năm học; chế độ sinh hoạt một ngày của trẻ ở trường; các khoản thu theo quy định và "
            "các khoản thu thỏa thuận. Cha mẹ trẻ cũng đã bầu ra Ban đại diện cha mẹ trẻ của từng lớp."
        ),
        Img("/data/uploads/hoat-dong/2026/hop-phu-huynh.jpg", style="plain"),
        P(
            "“Chúng tôi rất yên tâm khi gửi con ở trường. Các cô không chỉ chăm sóc bé chu đáo mà còn "
            "thường xuyên trao đổi với gia đình qua nhóm Zalo của lớp”, chị Lê Thị Hoài Thương, phụ "
            "huynh bé lớp Chồi 1 chia sẻ.",
            "quote",
        ),
        P(
            "Sau buổi họp lớp, nhà trường tổ chức họp Ban đại diện cha mẹ trẻ toàn trường, bầu ông "
            "Phan Văn Đức làm Trưởng ban nhiệm kỳ 2026-2027."
        ),
        _right("<strong>Tin: Nguyễn Thị Thanh Tâm</strong>"),
    ],
    authors=["Nguyễn Thị Thanh Tâm"],
    opts={"tags": [], "nm_date": "2026-10-12 16:30"},
)

S13 = Story(
    id=13,
    slug="truong-mam-non-hoa-sen-to-chuc-dien-tap-phong-chay-chua-chay-nam-2026",
    title="Trường Mầm non Hoa Sen tổ chức diễn tập phòng cháy chữa cháy năm 2026",
    cat=NEWS_LABEL,
    published_at="2026-10-05T15:00:00+07:00",
    blocks=[
        P(
            "Chiều ngày 02/10/2026, Trường Mầm non Hoa Sen phối hợp với Đội Cảnh sát PCCC và CNCH Công "
            "an khu vực Tam Kỳ tổ chức buổi diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chỗ "
            "năm 2026."
        ),
        P(
            "Theo kịch bản diễn tập, đám cháy giả định xảy ra tại khu vực bếp ăn của nhà trường. Ngay "
            "khi phát hiện, nhân viên cấp dưỡng đã hô hoán, ngắt cầu dao điện và sử dụng bình chữa "
            "cháy tại chỗ để dập lửa, đồng thời báo cho lực lượng chữa cháy cơ sở."
        ),
        P(
            "Các cô giáo nhanh chóng tổ chức sơ tán 320 trẻ ra khu vực sân trường an toàn theo đúng "
            "lối thoát nạn đã được phân công. Chỉ sau 5 phút, toàn bộ trẻ đã được đưa ra ngoài an toàn."
        ),
        Img(
            "/data/uploads/hoat-dong/2026/dien-tap-pccc.jpg",
            printed="Cán bộ Công an hướng dẫn giáo viên sử dụng bình chữa cháy",
            caption="Cán bộ Công an hướng dẫn giáo viên sử dụng bình chữa cháy",
            style="em",
        ),
        P(
            "Buổi diễn tập giúp cán bộ, giáo viên, nhân viên nhà trường nâng cao kỹ năng xử lý tình "
            "huống khi có cháy, nổ xảy ra, góp phần bảo đảm an toàn tuyệt đối cho trẻ."
        ),
        _right("<em>Theo Cổng thông tin điện tử phường Tam Kỳ</em>"),
    ],
    source="Cổng thông tin điện tử phường Tam Kỳ",
    opts={"tags": ["an-toan"], "nm_date": "2026-10-05 15:00"},
)

STORIES: list[Story] = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}


# --- how CKEditor (GetSimple 3.3, entities_latin on) stored the text ------------------------------


def ck_entities(markup: str) -> str:
    """Characters that have an HTML 4 entity name become ``&name;`` (à, ê, ô, “, –, …); the
    Vietnamese letters outside Latin-1 (ạ, ố, ư, đ …) stay raw UTF-8, as CKEditor left them."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 128 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _t(value: str) -> str:
    return _html.escape(value, quote=False)


_MSO_SPAN = 'lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"'
_MSO_BULLET = (
    '<!--[if !supportLists]--><span style="font-family:Symbol;mso-fareast-font-family:Symbol;'
    'mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">\u00b7<span style="font:7.0pt '
    '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
    "<!--[endif]-->"
)


def _img_tag(src: str, w: int = 600, h: int = 400) -> str:
    return f'<img alt="" src="{esc(src)}" style="width: {w}px; height: {h}px;" />'


def render_content(story: Story) -> str:
    """The post's ``nm_post_content`` as the editor saved it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style in ("row", "rowend"):
                row = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style in ("row", "rowend"):
                    row.append(_img_tag(blocks[i].src, 190, 140))
                    i += 1
                out.append('<p style="text-align: center;">' + "&nbsp;".join(row) + "</p>")
                continue
            if b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;">\n'
                    f"<tbody>\n<tr>\n<td>{_img_tag(b.src, 600, 450)}</td>\n</tr>\n<tr>\n"
                    f'<td style="text-align: center;"><span style="font-size:12px;"><em>{_t(b.printed or "")}'
                    "</em></span></td>\n</tr>\n</tbody>\n</table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{_t(b.printed)}</em></p>')
        else:
            st = b.style
            if st in ("li", "tr"):
                group = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                    group.append(blocks[i].text)
                    i += 1
                if st == "li":
                    out.append("<ul>\n" + "\n".join(f"<li>{_t(x)}</li>" for x in group) + "\n</ul>")
                else:
                    rows = []
                    for n, row in enumerate(group):
                        cells = row.split(" | ")
                        if n == 0:
                            tds = "".join(f'<td style="text-align: center;"><strong>{_t(c)}</strong></td>' for c in cells)
                        else:
                            tds = "".join(f"<td>{_t(c)}</td>" for c in cells)
                        rows.append(f"<tr>\n{tds}\n</tr>")
                    out.append(
                        '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">\n<tbody>\n'
                        + "\n".join(rows)
                        + "\n</tbody>\n</table>"
                    )
                continue
            if st == "brfirst":
                nxt = blocks[i + 1]
                out.append(f'<p style="text-align: center;"><em>{_t(b.text)}<br />\n{_t(nxt.text)}</em></p>')
                i += 2
                continue
            if st == "indent":
                out.append(f'<p style="text-align: justify; text-indent: 36px;">{_t(b.text)}</p>')
            elif st == "bold":
                out.append(f'<p style="text-align: justify;"><strong>{_t(b.text)}</strong></p>')
            elif st == "h":
                out.append(f'<p><strong><span style="color:#0000cd;">{_t(b.text)}</span></strong></p>')
            elif st == "h4":
                out.append(f"<h4>{_t(b.text)}</h4>")
            elif st == "quote":
                out.append(f"<blockquote>\n<p><em>{_t(b.text)}</em></p>\n</blockquote>")
            elif st == "small":
                out.append(f'<p><span style="font-size:11px;">{_t(b.text)}</span></p>')
            elif st == "mso":
                out.append(
                    '<p class="MsoNormal" style="text-align:justify;text-indent:.5in">'
                    f"<span {_MSO_SPAN}>{_t(b.text)}<o:p></o:p></span></p>"
                )
            elif st == "msoh":
                out.append(
                    '<p class="MsoNormal" style="text-align:justify"><b>'
                    f"<span {_MSO_SPAN}>{_t(b.text)}<o:p></o:p></span></b></p>"
                )
            elif st == "msoli":
                out.append(
                    '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.5in;mso-add-space:auto;'
                    'text-align:justify;text-indent:-.25in;mso-list:l0 level1 lfo1">'
                    f"{_MSO_BULLET}<span {_MSO_SPAN}>{_t(b.text)}<o:p></o:p></span></p>"
                )
            elif st == "contactlink":
                head, _, tail = b.text.partition("trang liên hệ")
                out.append(f'<p>{_t(head)}<a href="lien-he/">trang liên hệ</a>{_t(tail)}</p>')
            else:
                out.append(f'<p style="text-align: justify;">{_t(b.text)}</p>')
        i += 1
    markup = "\n".join(out) + "\n<p>&nbsp;</p>"
    if story.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    return ck_entities(markup)


# --- News Manager bits ---------------------------------------------------------------------------


def _nm_dt(story: Story) -> datetime:
    return datetime.strptime(story.opts["nm_date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def nm_date(story: Story) -> str:
    """NM's date with the format the teacher set (%A, %d/%m/%Y - %H:%M) on a server without vi_VN."""
    return "Đăng lúc: " + _nm_dt(story).strftime("%A, %d/%m/%Y - %H:%M")


def shown_title(story: Story) -> str:
    t = _t(story.title)
    return unicodedata.normalize("NFD", t) if story.opts.get("nfd") else t


def post_path(story: Story) -> str:
    return f"/news/post/{story.slug}/"


def section_of(story: Story) -> tuple[str, str] | None:
    for tag in story.opts["tags"]:
        if tag in SECTIONS:
            return tag, SECTIONS[tag]
    return None


def excerpt(story: Story, length: int = 280) -> str:
    plain = re.sub(r"<!--.*?-->", " ", render_content(story), flags=re.S)
    plain = _html.unescape(re.sub(r"<[^>]+>", " ", plain))
    plain = re.sub(r"\s+", " ", plain.replace("\xa0", " ")).strip()
    if len(plain) > length:
        plain = plain[:length].rsplit(" ", 1)[0]
    return _t(plain) + " [...]"


def tags_line(base: str, story: Story) -> str:
    if not story.opts["tags"]:
        return ""
    links = ", ".join(f'<a href="{base}/news/tag/{quote(t)}/">{t}</a>' for t in story.opts["tags"])
    return f'<p class="nm_post_meta"><b>Tags:</b> {links}</p>'


def listing_item(base: str, story: Story) -> str:
    url = base + post_path(story)
    first_img = next((b.src for b in story.blocks if isinstance(b, Img)), None)
    thumb = ""
    if first_img and first_img.startswith("/data/uploads/"):
        folder, _, name = first_img[len("/data/uploads/") :].rpartition("/")
        thumb = (
            f'<div class="nm_post_image"><a href="{url}"><img src="{base}/data/thumbs/{folder}/thumbsm.{name}" '
            f'alt="" width="120" height="90" /></a></div>\n'
        )
    return (
        '<div class="nm_post">\n'
        f"{thumb}"
        f'  <h3 class="nm_post_title"><a href="{url}">{shown_title(story)}</a></h3>\n'
        f'  <p class="nm_post_date">{nm_date(story)}</p>\n'
        f'  <div class="nm_post_content"><p>{excerpt(story)}</p></div>\n'
        f'  <div class="nm_readmore"><a href="{url}">Xem tiếp &raquo;</a></div>\n'
        f"  {tags_line(base, story)}\n"
        '  <div class="clear"></div>\n'
        "</div>\n"
    )


# --- the theme ("HoaSen") ------------------------------------------------------------------------

#: GetSimple pages: slug -> (menu/page title, path)
PAGES = {
    "gioi-thieu": ("Giới thiệu", "/gioi-thieu/"),
    "doi-ngu-giao-vien": ("Đội ngũ giáo viên", "/gioi-thieu/doi-ngu-giao-vien/"),
    "thuc-don-tuan": ("Thực đơn tuần", "/thuc-don-tuan/"),
    "thu-vien-anh": ("Thư viện ảnh", "/thu-vien-anh/"),
    "van-ban": ("Văn bản", "/van-ban/"),
    "lien-he": ("Liên hệ", "/lien-he/"),
}
PAGE_BY_PATH = {path: slug for slug, (_, path) in PAGES.items()}

DOCS = [
    ("142/TB-MNHS", "30/11/2026", "Thông báo nghỉ Tết Dương lịch năm 2027", "TB-142-nghi-tet-duong-lich-2027.pdf"),
    ("118/KH-MNHS", "06/11/2026", "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027",
     "KH-hoi-thi-GVDG-2026-2027.pdf"),
    ("98/KH-MNHS", "15/09/2026", "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027", "KH-98-nhiem-vu-nam-hoc-2026-2027.pdf"),
    ("85/QĐ-MNHS", "28/08/2026", "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026", "QD-85-quy-che-chi-tieu-noi-bo.pdf"),
]
DOC_FILES = {f"/data/uploads/van-ban/{d[3]}" for d in DOCS}

#: the hand-written "Tin nổi bật" component, last edited before fancy URLs were switched on
STALE_FEATURED = [
    (S5, "Lễ kỷ niệm 44 năm Ngày Nhà giáo VN 20/11"),
    (S7, "Thực đơn dinh dưỡng mùa lạnh cho bé"),
    (S9, "Bé tham quan trang trại rau sạch Tam Thăng"),
    (S10, "Rèn kỹ năng tự phục vụ cho trẻ 3-4 tuổi"),
]


def _menu(base: str, current: str) -> str:
    def li(slug: str, href: str, label: str, sub: str = "") -> str:
        cls = f"{slug} current" if slug == current else slug
        return f'<li class="{cls}"><a href="{base}{href}" title="{label}">{label}</a>{sub}</li>'

    gt_sub = (
        '<ul class="sub">'
        f'<li><a href="{base}/gioi-thieu/">Giới thiệu chung</a></li>'
        f'<li><a href="{base}/gioi-thieu/doi-ngu-giao-vien/">Đội ngũ giáo viên</a></li></ul>'
    )
    news_sub = '<ul class="sub">' + "".join(
        f'<li><a href="{base}/news/tag/{tag}/">{label}</a></li>' for tag, label in SECTIONS.items()
    ) + "</ul>"
    return (
        '<ul id="nav">\n'
        + li("index", "/", "Trang chủ")
        + "\n"
        + li("gioi-thieu", "/gioi-thieu/", "Giới thiệu", gt_sub)
        + "\n"
        + li("news", "/news/", "Tin tức", news_sub)
        + "\n"
        + li("thuc-don-tuan", "/thuc-don-tuan/", "Thực đơn")
        + "\n"
        + li("thu-vien-anh", "/thu-vien-anh/", "Thư viện ảnh")
        + "\n"
        + li("van-ban", "/van-ban/", "Văn bản")
        + "\n"
        + li("lien-he", "/lien-he/", "Liên hệ")
        + "\n</ul>"
    )


def _left(base: str) -> str:
    stale = "\n".join(
        f'<li><img src="{base}/theme/HoaSen/images/bullet_hoa.gif" alt="" /> '
        f'<a href="{base}/index.php?id=news&amp;post={s.slug}">{_t(label)}</a></li>'
        for s, label in STALE_FEATURED
    )
    return f"""<div id="cot-trai">
<div class="khoi"><div class="khoi-tieude">TIN NỔI BẬT</div>
<ul class="ds-tin">
{stale}
</ul></div>
<div class="khoi"><div class="khoi-tieude">LIÊN KẾT WEBSITE</div>
<p><a href="https://moet.gov.vn" target="_blank"><img src="{base}/theme/HoaSen/images/banner-bogd.jpg" alt="Bộ GD&amp;ĐT" width="200" /></a></p>
<p><a href="https://sgddt.danang.gov.vn" target="_blank"><img src="{base}/theme/HoaSen/images/banner-sogd.jpg" alt="Sở GD&amp;ĐT Đà Nẵng" width="200" /></a></p>
<select onchange="if(this.value!='')window.open(this.value)">
<option value="">-- Liên kết khác --</option>
<option value="https://danang.gov.vn">Cổng TTĐT TP Đà Nẵng</option>
<option value="https://csdl.moet.gov.vn">CSDL ngành Giáo dục</option>
<option value="https://thuvienhoclieu.com">Thư viện học liệu</option>
</select></div>
<div class="khoi"><div class="khoi-tieude">THĂM DÒ Ý KIẾN</div>
<form name="frmBinhChon" onsubmit="return binhChon(this);">
<p><b>Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của trẻ?</b></p>
<input type="radio" name="bc" value="1" /> Rất hài lòng<br />
<input type="radio" name="bc" value="2" /> Hài lòng<br />
<input type="radio" name="bc" value="3" /> Cần cải thiện<br />
<input type="submit" value="Bình chọn" /> <input type="button" value="Kết quả" onclick="alert('Rất hài lòng: 68% - Hài lòng: 27% - Cần cải thiện: 5%');" />
</form></div>
</div>"""


def _right_col(base: str) -> str:
    recent = "\n".join(
        f'<li><a href="{base}{post_path(s)}">{shown_title(s)}</a></li>' for s in STORIES[:5]
    )
    return f"""<div id="cot-phai">
<div class="khoi"><div class="khoi-tieude">BÀI VIẾT MỚI</div>
<ul class="nm_recent">
{recent}
</ul></div>
<div class="khoi"><div class="khoi-tieude">TÌM KIẾM</div>
<form id="search" action="{base}/news/" method="post">
<input type="text" class="search_input" name="keywords" />
<input type="submit" class="search_submit" name="search" value="Tìm" />
</form></div>
<div class="khoi"><div class="khoi-tieude">THỐNG KÊ TRUY CẬP</div>
<table class="tk" width="100%">
<tr><td><img src="{base}/theme/HoaSen/images/online.gif" alt="" /> Đang online:</td><td align="right">9</td></tr>
<tr><td>Hôm nay:</td><td align="right">186</td></tr>
<tr><td>Hôm qua:</td><td align="right">243</td></tr>
<tr><td>Tháng này:</td><td align="right">1.204</td></tr>
<tr><td>Tổng truy cập:</td><td align="right"><b>158.327</b></td></tr>
</table></div>
<div class="khoi"><div class="khoi-tieude">VIDEO CLIP</div>
<iframe width="220" height="160" src="https://www.youtube.com/embed/3kP9yXbQ0aM" frameborder="0" allowfullscreen="allowfullscreen"></iframe>
<p style="text-align:center"><i>Múa “Em đi mẫu giáo” - lớp Chồi 3</i></p></div>
<div class="khoi"><div class="khoi-tieude">FACEBOOK</div>
<div class="fb-page" data-href="https://www.facebook.com/mnhoasentamky" data-width="220" data-small-header="true"></div></div>
</div>"""


def shell(
    req: Request,
    *,
    body_id: str,
    page_title: str,
    h1: str,
    crumbs: list[tuple[str, str | None]],
    content: str,
    canonical: str,
    desc: str = "Trường Mầm non Hoa Sen - phường Tam Kỳ, thành phố Đà Nẵng",
) -> str:
    base = base_url(req)
    crumb_html = " &raquo; ".join(
        f'<a href="{base}{href}">{label}</a>' if href else f"<span>{label}</span>" for label, href in crumbs
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{page_title} | {SCHOOL}</title>
<meta name="description" content="{esc(desc)}" />
<meta name="keywords" content="mam non hoa sen, mầm non tam kỳ, trường mầm non đà nẵng" />
<meta name="generator" content="GetSimple - 3.3.16" />
<link rel="canonical" href="{base}{canonical}" />
<script type="text/javascript" src="{base}/admin/template/js/jquery.min.js?v=1.7.1"></script>
<link rel="stylesheet" type="text/css" href="{base}/theme/HoaSen/style.css" media="all" />
<link rel="alternate" type="application/rss+xml" title="Tin tức - {SCHOOL}" href="{base}/rss.php" />
<link rel="shortcut icon" href="{base}/theme/HoaSen/images/favicon.ico" />
</head>
<body id="{body_id}">
<div id="fb-root"></div>
<script>(function(d,s,id){{var js,fjs=d.getElementsByTagName(s)[0];if(d.getElementById(id))return;js=d.createElement(s);js.id=id;js.src="//connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v2.8";fjs.parentNode.insertBefore(js,fjs);}}(document,'script','facebook-jssdk'));</script>
<div id="wrap">
<div id="thanh-tren"><span class="ngay">{HEADER_TODAY}</span> | Hotline: 0235 3851 246 | <a href="mailto:mnhoasen.tamky@danang.gov.vn">mnhoasen.tamky@danang.gov.vn</a></div>
<div id="dau-trang">
<a href="{base}/"><img src="{base}/theme/HoaSen/images/logo.png" alt="Logo" class="logo" /></a>
<div class="ten-truong"><span>UBND PHƯỜNG TAM KỲ</span><br /><b>TRƯỜNG MẦM NON HOA SEN</b></div>
<marquee scrollamount="3">Chào mừng quý phụ huynh và các bé đến với website Trường Mầm non Hoa Sen - “Mỗi ngày đến trường là một ngày vui”</marquee>
</div>
<div id="menungang">
{_menu(base, body_id)}
</div>
<div id="noidung">
{_left(base)}
<div id="cot-giua">
<div class="dd-link">{crumb_html}</div>
<h1 class="tieude-trang">{h1}</h1>
{content}
</div>
{_right_col(base)}
<div class="clear"></div>
</div>
<div id="chantrang">
<p><b>TRƯỜNG MẦM NON HOA SEN</b><br />
Địa chỉ: 12 Trần Cao Vân, phường Tam Kỳ, thành phố Đà Nẵng<br />
Điện thoại: 0235 3851 246 - Email: mnhoasen.tamky@danang.gov.vn<br />
Chịu trách nhiệm nội dung: Hiệu trưởng Trần Thị Mỹ Lệ</p>
<p class="nho">Trang cập nhật: 05/12/2026 07:58 | &copy; 2013-2026 {SCHOOL} | Thiết kế: Tổ CNTT |
<a href="http://get-simple.info/" target="_blank">Powered by GetSimple</a></p>
</div>
</div>
</body>
</html>
"""


# --- page builders -------------------------------------------------------------------------------


def _full_post(base: str, story: Story, *, single: bool, link: str | None = None) -> str:
    title = shown_title(story)
    h3 = f'<a href="{link}">{title}</a>' if link else title
    back = (
        '<p class="nm_post_back"><a href="javascript:history.back()">&lt;&lt; Quay lại</a></p>' if single else ""
    )
    return (
        f'<div class="nm_post{" nm_post_single" if single else ""}">\n'
        f'<h3 class="nm_post_title">{h3}</h3>\n'
        f'<p class="nm_post_date">{nm_date(story)}</p>\n'
        '<p class="nm_post_author">Người đăng: quantri</p>\n'
        f'<div class="nm_post_content">\n{render_content(story)}\n</div>\n'
        f"{tags_line(base, story)}\n{back}\n</div>\n"
    )


def post_page(req: Request, story: Story) -> Response:
    base = base_url(req)
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), (NEWS_LABEL, "/news/")]
    section = section_of(story)
    if section:
        crumbs.append((section[1], f"/news/tag/{section[0]}/"))
    others = [s for s in STORIES if s is not story][:5]
    others_html = "\n".join(
        f'<li><a href="{base}{post_path(s)}">{shown_title(s)}</a> <span class="ngay-nho">'
        f"({_nm_dt(s).strftime('%d/%m/%Y')})</span></li>"
        for s in others
    )
    content = (
        _full_post(base, story, single=True)
        + f"""<div class="cong-cu">
<a href="https://www.facebook.com/sharer/sharer.php?u={base}/news/" target="_blank"><img src="{base}/theme/HoaSen/images/fb-share.png" alt="Chia sẻ Facebook" /></a>
<a href="https://sp.zalo.me/share_inline?d={base}/news/" target="_blank"><img src="{base}/theme/HoaSen/images/zalo-share.png" alt="Zalo" /></a>
<a href="javascript:window.print()"><img src="{base}/theme/HoaSen/images/print.gif" alt="" /> In bài</a>
</div>
<div class="fb-comments" data-href="{base}/news/" data-width="100%" data-numposts="5"></div>
<div class="tin-khac"><h4>Các tin khác</h4>
<ul>
{others_html}
</ul></div>"""
    )
    return html(
        shell(
            req,
            body_id="news",
            page_title=NEWS_LABEL,
            h1=NEWS_LABEL,
            crumbs=crumbs,
            content=content,
            canonical="/news/",
            desc="Tin tức, hoạt động của Trường Mầm non Hoa Sen",
        )
    )


def _nav(base: str, page: int, pages: int) -> str:
    parts = []
    if page < pages:
        parts.append(f'<div class="left"><a href="{base}/news/page/{page + 1}/">&larr; Tin cũ hơn</a></div>')
    if page > 1:
        newer = "/news/" if page == 2 else f"/news/page/{page - 1}/"
        parts.append(f'<div class="right"><a href="{base}{newer}">Tin mới hơn &rarr;</a></div>')
    return '<div class="nm_page_nav">\n' + "\n".join(parts) + '\n<div class="clear"></div>\n</div>'


def listing_page(req: Request, page: int) -> Response | None:
    pages = (len(STORIES) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= page <= pages:
        return None
    base = base_url(req)
    chunk = STORIES[(page - 1) * PER_PAGE : page * PER_PAGE]
    content = "".join(listing_item(base, s) for s in chunk) + _nav(base, page, pages)
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), (NEWS_LABEL, None)]
    return html(
        shell(
            req,
            body_id="news",
            page_title=NEWS_LABEL,
            h1=NEWS_LABEL,
            crumbs=crumbs,
            content=content,
            canonical="/news/",
            desc="Tin tức, hoạt động của Trường Mầm non Hoa Sen",
        )
    )


ALL_TAGS = sorted({t for s in STORIES for t in s.opts["tags"]})


def tag_page(req: Request, tag: str) -> Response | None:
    if tag not in ALL_TAGS:
        return None
    base = base_url(req)
    posts = [s for s in STORIES if tag in s.opts["tags"]]
    label = SECTIONS.get(tag, tag)
    content = f'<p class="nm_tag_title">Bài viết có tag: <b>{tag}</b></p>\n' + "".join(
        listing_item(base, s) for s in posts
    )
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), (NEWS_LABEL, "/news/"), (label, None)]
    return html(
        shell(req, body_id="news", page_title=NEWS_LABEL, h1=NEWS_LABEL, crumbs=crumbs, content=content,
              canonical="/news/")
    )


def search_page(req: Request, keywords: str) -> Response:
    base = base_url(req)
    words = [w for w in keywords.lower().split() if w]
    hits = [
        s
        for s in STORIES
        if words and all(w in (s.title + " " + " ".join(p for p in s.paragraphs)).lower() for w in words)
    ]
    body = "".join(listing_item(base, s) for s in hits) or "<p>Không tìm thấy bài viết nào phù hợp.</p>"
    content = f'<p class="nm_search_title">Kết quả tìm kiếm cho: <b>{_t(keywords)}</b></p>\n{body}'
    return html(
        shell(req, body_id="news", page_title=NEWS_LABEL, h1=NEWS_LABEL,
              crumbs=[("Trang chủ", "/"), (NEWS_LABEL, "/news/"), ("Tìm kiếm", None)],
              content=content, canonical="/news/")
    )


def home_page(req: Request) -> Response:
    base = base_url(req)
    featured = STORIES[0]
    content = f"""<div class="gioi-thieu-ngan">
<p><img src="{base}/data/uploads/trang-chu/cong-truong.jpg" alt="Cổng trường" width="180" style="float:left;margin:0 10px 5px 0" />
Trường Mầm non Hoa Sen được thành lập năm 1998, hiện có 11 nhóm, lớp với hơn 320 trẻ. Nhà trường đạt
chuẩn Quốc gia mức độ 2 và Kiểm định chất lượng giáo dục cấp độ 3. Với phương châm “Tất cả vì trẻ thơ”,
tập thể cán bộ, giáo viên, nhân viên luôn tận tâm chăm sóc, giáo dục các bé.
<a href="{base}/gioi-thieu/">Xem tiếp &raquo;</a></p>
<div class="clear"></div></div>
<div class="khoi-giua"><div class="khoi-tieude">TIN TIÊU ĐIỂM</div>
{_full_post(base, featured, single=False, link=f"{base}/news/?post={featured.slug}")}
</div>
<div class="khoi-giua"><div class="khoi-tieude">TIN MỚI CẬP NHẬT</div>
{"".join(listing_item(base, s) for s in STORIES[1:4])}
<p style="text-align:right"><a href="{base}/news/">Xem tất cả tin tức &raquo;</a></p>
</div>"""
    return html(
        shell(req, body_id="index", page_title="Trang chủ", h1="Trang chủ",
              crumbs=[("Trang chủ", None)], content=content, canonical="/")
    )


# --- GetSimple pages (not articles) --------------------------------------------------------------


def _page_content(base: str, slug: str) -> str:
    if slug == "gioi-thieu":
        return f"""<p style="text-align: center;"><img alt="" src="/data/uploads/trang-chu/toan-canh-truong.jpg" style="width: 600px; height: 340px;" /></p>
<p style="text-align: justify;">Trường Mầm non Hoa Sen (tiền thân là Trường Mẫu giáo Tam Kỳ) được thành lập theo Quyết định số 215/QĐ-UB ngày 12/8/1998 của UBND thị xã Tam Kỳ. Sau khi sắp xếp đơn vị hành chính năm 2025, trường trực thuộc UBND phường Tam Kỳ, thành phố Đà Nẵng.</p>
<p style="text-align: justify;">Năm học 2026-2027, nhà trường có 11 nhóm, lớp (01 nhóm trẻ, 10 lớp mẫu giáo) với 324 trẻ; tổng số cán bộ, giáo viên, nhân viên là 42 người, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.</p>
<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>
<tr><td><strong>Năm</strong></td><td><strong>Thành tích</strong></td></tr>
<tr><td>2019</td><td>Trường đạt chuẩn Quốc gia mức độ 1</td></tr>
<tr><td>2024</td><td>Trường đạt chuẩn Quốc gia mức độ 2, Kiểm định chất lượng cấp độ 3</td></tr>
<tr><td>2025</td><td>Bằng khen của Chủ tịch UBND tỉnh Quảng Nam</td></tr>
</tbody></table>
<p>Xem thêm: <a href="{base}/gioi-thieu/doi-ngu-giao-vien/">Đội ngũ giáo viên</a></p>"""
    if slug == "doi-ngu-giao-vien":
        rows = [
            ("1", "Trần Thị Mỹ Lệ", "Hiệu trưởng", "Thạc sĩ GDMN"),
            ("2", "Nguyễn Thị Thanh Tâm", "Phó Hiệu trưởng", "Đại học GDMN"),
            ("3", "Võ Thị Ngọc Ánh", "Phó Hiệu trưởng", "Đại học GDMN"),
            ("4", "Phạm Thị Hồng Nhung", "Tổ trưởng tổ Mẫu giáo nhỡ", "Đại học GDMN"),
            ("5", "Lê Thị Minh Thư", "Tổ trưởng tổ Mẫu giáo lớn", "Đại học GDMN"),
            ("6", "Nguyễn Hoàng Yến", "Giáo viên lớp Lá 1", "Đại học GDMN"),
            ("7", "Nguyễn Thị Bích Ngọc", "Giáo viên lớp Chồi 2", "Cao đẳng GDMN"),
        ]
        trs = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        return f"""<p>Danh sách cán bộ quản lý, tổ trưởng chuyên môn năm học 2026-2027:</p>
<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>
<tr><td><b>TT</b></td><td><b>Họ và tên</b></td><td><b>Chức vụ</b></td><td><b>Trình độ</b></td></tr>
{trs}
</tbody></table>"""
    if slug == "thuc-don-tuan":
        days = [
            ("Thứ Hai 30/11", "Phở bò", "Cơm, thịt gà rim nước dừa, canh bí xanh nấu tôm", "Sữa chua"),
            ("Thứ Ba 01/12", "Bún mọc", "Cơm, cá ngừ sốt cà, canh cải nấu thịt", "Chuối"),
            ("Thứ Tư 02/12", "Cháo thịt bằm", "Cơm, trứng chiên thịt, canh rau dền", "Sữa tươi"),
            ("Thứ Năm 03/12", "Mì Quảng tôm thịt", "Cơm, thịt kho tàu, canh chua", "Bánh flan"),
            ("Thứ Sáu 04/12", "Bánh canh cá lóc", "Cơm, đậu hũ sốt thịt, canh bầu", "Thanh long"),
        ]
        trs = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in days)
        return f"""<p style="text-align: center;"><strong>THỰC ĐƠN TUẦN 1 - THÁNG 12/2026</strong><br />(Từ ngày 30/11 đến 04/12/2026)</p>
<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>
<tr><td><b>Thứ</b></td><td><b>Bữa sáng</b></td><td><b>Bữa trưa</b></td><td><b>Bữa xế</b></td></tr>
{trs}
</tbody></table>
<p><em>Thực đơn có thể thay đổi tùy theo tình hình thực phẩm thực tế.</em></p>"""
    if slug == "thu-vien-anh":
        pics = [
            ("khai-giang-2026-01.jpg", "Lễ khai giảng năm học 2026-2027"),
            ("khai-giang-2026-02.jpg", "Bé vui đến trường"),
            ("trung-thu-2026-01.jpg", "Đêm hội Trăng rằm 2026"),
            ("trung-thu-2026-02.jpg", "Bé rước đèn Trung thu"),
            ("san-choi-01.jpg", "Khu vui chơi ngoài trời"),
            ("phong-hoc-01.jpg", "Phòng học lớp Lá 2"),
        ]
        items = "\n".join(
            f'<div class="anh"><a href="{base}/data/uploads/album/{f}" rel="lightbox[album]" title="{c}">'
            f'<img src="{base}/data/thumbs/album/thumbsm.{f}" alt="{c}" width="160" height="120" /></a><br />{c}</div>'
            for f, c in pics
        )
        return f'<p>Album ảnh các hoạt động của nhà trường năm học 2026-2027.</p>\n<div class="thu-vien">\n{items}\n<div class="clear"></div></div>'
    if slug == "van-ban":
        trs = "\n".join(
            f"<tr><td>{n}</td><td>{d}</td><td>{t}</td>"
            f'<td><a href="{base}/data/uploads/van-ban/{f}"><img src="{base}/plugins/news_manager/images/pdf.gif" alt="" /> Tải về</a></td></tr>'
            for n, d, t, f in DOCS
        )
        return f"""<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>
<tr><td><b>Số/Ký hiệu</b></td><td><b>Ngày ban hành</b></td><td><b>Trích yếu</b></td><td><b>Tệp</b></td></tr>
{trs}
</tbody></table>"""
    # lien-he
    return """<p><strong>TRƯỜNG MẦM NON HOA SEN</strong></p>
<p>Địa chỉ: 12 Trần Cao Vân, phường Tam Kỳ, thành phố Đà Nẵng</p>
<p>Điện thoại: 0235 3851 246 - Hiệu trưởng: 0905 123 486</p>
<p>Email: mnhoasen.tamky@danang.gov.vn</p>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3842.6!2d108.48!3d15.57" width="560" height="300" frameborder="0"></iframe></p>
<form method="post" action="#p01-contact1" id="p01-contact1" class="p01-contact">
<div class="field text"><label for="p01-contact1_field0">Họ tên:</label><input id="p01-contact1_field0" name="p01-contact1_fields[0]" type="text" value="" /></div>
<div class="field email"><label for="p01-contact1_field1">Email:</label><input id="p01-contact1_field1" name="p01-contact1_fields[1]" type="text" value="" /></div>
<div class="field textarea"><label for="p01-contact1_field2">Nội dung:</label><textarea id="p01-contact1_field2" rows="8" cols="50" name="p01-contact1_fields[2]"></textarea></div>
<div><input name="p01-contact1_submit" type="submit" value="Gửi" /></div>
</form>"""


def static_page(req: Request, slug: str) -> Response:
    base = base_url(req)
    title, path = PAGES[slug]
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/")]
    if slug == "doi-ngu-giao-vien":
        crumbs.append(("Giới thiệu", "/gioi-thieu/"))
    crumbs.append((title, None))
    content = _page_content(base, slug)
    if slug == "lien-he" and req.method == "POST":
        content = '<div class="p01-contact_msg">Cảm ơn quý phụ huynh đã gửi ý kiến. Nhà trường sẽ phản hồi sớm.</div>\n' + content
    return html(
        shell(req, body_id=slug, page_title=title, h1=title, crumbs=crumbs, content=content, canonical=path)
    )


# --- feeds and files -----------------------------------------------------------------------------


def rss(req: Request) -> Response:
    base = base_url(req)
    items = "\n".join(
        f"<item><title><![CDATA[{s.title}]]></title><link>{base}/news/post/{s.slug}</link>"
        f"<guid>{base}/news/post/{s.slug}</guid><pubDate>{format_datetime(_nm_dt(s))}</pubDate>"
        f"<description><![CDATA[{_html.unescape(excerpt(s))}]]></description></item>"
        for s in STORIES[:5]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>Tin tức - {SCHOOL}</title><link>{base}/news/</link>"
        f"<description>Tin tức {SCHOOL}</description><language>vi</language>\n{items}\n</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def sitemap(req: Request) -> Response:
    base = base_url(req)
    paths = ["/", "/gioi-thieu/", "/gioi-thieu/doi-ngu-giao-vien/", "/news/", "/thuc-don-tuan/",
             "/thu-vien-anh/", "/van-ban/", "/lien-he/"]
    urls = "\n".join(
        f"<url><loc>{base}{p}</loc><lastmod>2026-12-05T07:58:12+00:00</lastmod>"
        f"<changefreq>weekly</changefreq><priority>0.5</priority></url>"
        for p in paths
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "\n</urlset>"
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


ROBOTS = (
    "User-agent: *\nDisallow: /admin/\nDisallow: /backups/\nDisallow: /data/other/\nDisallow: /data/pages/\n"
    "Disallow: /plugins/\nAllow: /\n\nSitemap: {base}/sitemap.xml\n"
)

_STATIC_PREFIXES = ("/data/uploads/", "/data/thumbs/", "/theme/", "/admin/template/", "/plugins/news_manager/images/")


class GetSimpleSite:
    """index.php plus GetSimple's .htaccess and NM's rewrite rules, in one function."""

    def respond(self, req: Request) -> Response | None:
        path = req.path
        params = req.params
        if path == "/robots.txt":
            return Response(200, ROBOTS.format(base=base_url(req)), {"Content-Type": "text/plain"})
        if path == "/sitemap.xml":
            return sitemap(req)
        if path == "/rss.php":
            return rss(req)
        if path in DOC_FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(_STATIC_PREFIXES):
            return static_file(path)
        if path in ("/", "/index.php"):
            page_id = params.get("id")
            if page_id == "news" and "post" in params:
                story = BY_SLUG.get(params["post"])
                return post_page(req, story) if story else None
            if page_id in (None, "", "index"):
                return home_page(req)
            if page_id == "news":
                return listing_page(req, 1)
            if page_id in PAGES:
                return static_page(req, page_id)
            return None
        if path in ("/news", "/gioi-thieu", "/lien-he", "/van-ban", "/thuc-don-tuan", "/thu-vien-anh"):
            return redirect(path + "/", 301)
        if path == "/news/":
            if req.method == "POST" and "keywords" in req.form:
                return search_page(req, req.form["keywords"])
            if "post" in params:
                story = BY_SLUG.get(params["post"])
                return post_page(req, story) if story else None
            return listing_page(req, 1)
        if m := re.fullmatch(r"/news/page/(\d+)/?", path):
            return listing_page(req, int(m.group(1)))
        if m := re.fullmatch(r"/news/post/([A-Za-z0-9_-]+)/?", path):
            story = BY_SLUG.get(m.group(1))
            return post_page(req, story) if story else None
        if m := re.fullmatch(r"/news/tag/([^/]+)/?", path):
            return tag_page(req, m.group(1))
        if path in PAGE_BY_PATH:
            return static_page(req, PAGE_BY_PATH[path])
        # GetSimple's generic rule ``/?([A-Za-z0-9_-]+)/?$``: the last segment is the page id
        segments = [s for s in path.split("/") if s]
        if path.endswith("/") and 1 < len(segments) <= 6 and segments[-1] in PAGES:
            return static_page(req, segments[-1])
        return None


def build_site() -> GetSimpleSite:
    return GetSimpleSite()


def _alt(story: Story) -> list[str]:
    return [
        f"/news/post/{story.slug}",
        f"/index.php?id=news&post={story.slug}",
        f"/news/?post={story.slug}",
    ]


GOLD = [gold_record(s, post_path(s), s.cat, canonical_path=post_path(s), alt_paths=_alt(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/doi-ngu-giao-vien/",
    "/thuc-don-tuan/",
    "/thu-vien-anh/",
    "/van-ban/",
    "/lien-he/",
]
