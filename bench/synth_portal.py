"""A synthetic portlet-style portal of N articles, for the crawl benchmark (and a dozen gold pages).

Why synthetic: the crawl benchmark needs 10,000+ articles over paginated listings, the fixture
portals hold tens. Every page is rendered on demand from arithmetic on the article id (no
per-article state is stored), so serving stays cheap and the server's memory flat whatever N is.
Markup varies with the id the way real portals vary between articles (date formats, sapo or not,
caption styles, byline styles, a title in capitals, entity-encoded text) and every page carries
the boilerplate of PORTALS.md (header clock, menus, counters, permission notice, related list,
tools, footer), so extractors do realistic work per page.

Follows the test-portal contract: NAME, START_PATH, PLATFORM, build_site(), GOLD, NON_ARTICLES.
The portal's name and province are fictional.
"""

from __future__ import annotations

import functools
import random
import re
import unicodedata
from datetime import datetime, timedelta
from html import escape

from crawler.demo.server import Request, Response, html

NAME = "bench-synth"
START_PATH = "/"
PLATFORM = "portlet"
SITE_NAME = "Trường Chính trị tỉnh Thạch Lâm"
PAGE_SIZE = 20
DEFAULT_ARTICLES = 10_000
PAGER_PARAM = "_101_INSTANCE_Tt8k_cur"

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    ("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng"),
    ("nghien-cuu-khoa-hoc", "Nghiên cứu khoa học"),
    ("cong-tac-dang-doan-the", "Công tác Đảng - Đoàn thể"),
)
STATIC_PAGES: tuple[tuple[str, str], ...] = (
    ("/web/guest/gioi-thieu", "Giới thiệu"),
    ("/web/guest/so-do-to-chuc", "Sơ đồ tổ chức"),
    ("/web/guest/lich-cong-tac", "Lịch công tác"),
    ("/web/guest/van-ban", "Văn bản"),
    ("/web/guest/lien-he", "Liên hệ"),
)

TITLE_TEMPLATES = (
    "Hội nghị triển khai công tác xây dựng Đảng đợt {n}",
    "Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa {n}",
    "Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh số {n}",
    "Hội thảo khoa học cấp trường chuyên đề {n}",
    "Sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh kỳ {n}",
    "Tổng kết hội thi giảng viên dạy giỏi lần thứ {n}",
    "Đoàn công tác của Học viện kiểm tra chất lượng đào tạo đợt {n}",
    "Chi bộ khoa Lý luận cơ sở tổ chức sinh hoạt chi bộ định kỳ kỳ {n}",
    "Công đoàn trường tổ chức hoạt động chăm lo đời sống đoàn viên đợt {n}",
    "Tọa đàm đổi mới phương pháp giảng dạy lý luận chính trị lần {n}",
    "Học viên lớp cao cấp lý luận chính trị đi nghiên cứu thực tế đợt {n}",
    "Trao quyết định bổ nhiệm cán bộ quản lý đợt {n}",
)

SENTENCES = (
    "Đến dự có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy và Sở Nội vụ tỉnh.",
    "Về phía nhà trường có đồng chí Hiệu trưởng, các đồng chí trong Ban Giám hiệu cùng toàn thể cán bộ, giảng viên.",
    "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ chính trị trong thời gian qua và đề ra phương hướng cho thời gian tới.",
    "Các đại biểu tập trung thảo luận những giải pháp nâng cao chất lượng đào tạo, bồi dưỡng cán bộ, đảng viên.",
    "Nhà trường đã hoàn thành vượt mức kế hoạch mở lớp, đảm bảo đúng chương trình của Học viện Chính trị quốc gia Hồ Chí Minh.",
    "Công tác nghiên cứu khoa học được chú trọng, nhiều đề tài có giá trị thực tiễn được ứng dụng vào giảng dạy.",
    "Đội ngũ giảng viên không ngừng học tập, nâng cao trình độ chuyên môn, nghiệp vụ và kỹ năng sư phạm.",
    "Học viên được trang bị kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh và đường lối của Đảng.",
    "Chương trình học gồm các học phần lý luận, kỹ năng lãnh đạo, quản lý và tìm hiểu thực tiễn địa phương.",
    "Phát biểu tại buổi lễ, đồng chí Phó Hiệu trưởng đề nghị học viên chấp hành nghiêm nội quy, quy chế học tập.",
    "Các chi bộ đã nghiêm túc thực hiện chế độ sinh hoạt định kỳ, nâng cao tính lãnh đạo, tính giáo dục và tính chiến đấu.",
    "Đảng ủy nhà trường thường xuyên quan tâm lãnh đạo công tác tư tưởng, nắm bắt kịp thời tâm tư, nguyện vọng của đảng viên.",
    "Kết thúc khóa học, toàn bộ học viên đều đạt yêu cầu, trong đó nhiều học viên đạt loại giỏi và xuất sắc.",
    "Ban tổ chức đã trao giấy khen cho các tập thể và cá nhân có thành tích tiêu biểu trong phong trào thi đua.",
    "Đoàn công tác đã kiểm tra hồ sơ, giáo án, lịch giảng và trao đổi trực tiếp với giảng viên, học viên.",
    "Buổi tọa đàm diễn ra sôi nổi với nhiều ý kiến tâm huyết, thẳng thắn về đổi mới nội dung và phương pháp giảng dạy.",
    "Nhà trường phối hợp chặt chẽ với các huyện ủy, thị ủy trong việc cử cán bộ đi học đúng đối tượng, đúng tiêu chuẩn.",
    "Công đoàn trường đã tổ chức thăm hỏi, tặng quà cho đoàn viên có hoàn cảnh khó khăn nhân dịp cuối năm.",
    "Thông qua đợt nghiên cứu thực tế, học viên có thêm hiểu biết về tình hình phát triển kinh tế - xã hội của địa phương.",
    "Các tham luận tập trung làm rõ cơ sở lý luận và thực tiễn của việc bảo vệ nền tảng tư tưởng của Đảng.",
    "Đồng chí Bí thư Đảng ủy nhấn mạnh yêu cầu tiếp tục đổi mới, sáng tạo, nâng cao hiệu quả công tác tham mưu.",
    "Hội thi là dịp để giảng viên giao lưu, học hỏi kinh nghiệm và khẳng định năng lực chuyên môn của mình.",
    "Ban Giám hiệu đã quán triệt các văn bản mới của Trung ương và của tỉnh về công tác đào tạo, bồi dưỡng.",
    "Thời gian tới, nhà trường tập trung xây dựng trường đạt chuẩn mức 1 theo quy định của Ban Bí thư.",
    "Các đại biểu thống nhất cao với dự thảo báo cáo và chương trình công tác do Ban Chấp hành trình bày.",
    "Lớp học có sự tham gia của cán bộ chủ chốt các xã, phường, thị trấn và các cơ quan, đơn vị trên địa bàn tỉnh.",
    "Trong khuôn khổ chương trình, học viên đã dâng hoa, dâng hương tại Khu di tích lịch sử cấp tỉnh.",
    "Nhân dịp này, nhà trường phát động phong trào thi đua chào mừng các ngày lễ lớn của đất nước.",
    "Công tác chuyển đổi số trong quản lý đào tạo được đẩy mạnh, từng bước số hóa hồ sơ học viên và bài giảng.",
    "Đồng chí Trưởng khoa Xây dựng Đảng trình bày chuyên đề về công tác kiểm tra, giám sát của Đảng.",
    "Qua đó góp phần nâng cao nhận thức chính trị, bản lĩnh và năng lực thực tiễn cho đội ngũ cán bộ cơ sở.",
    "Hội nghị đã biểu quyết thông qua nghị quyết với sự nhất trí cao của các đại biểu dự họp.",
    "Nhà trường đề xuất với Tỉnh ủy bổ sung kinh phí đầu tư cơ sở vật chất, trang thiết bị phục vụ dạy và học.",
    "Các giảng viên trẻ được phân công kèm cặp, hướng dẫn bởi giảng viên có nhiều kinh nghiệm.",
    "Chương trình văn nghệ chào mừng do học viên các lớp biểu diễn đã để lại nhiều ấn tượng tốt đẹp.",
    "Kết quả khảo sát cho thấy đa số học viên đánh giá cao chất lượng giảng dạy và công tác phục vụ của nhà trường.",
)
CAPTIONS = (
    "Đồng chí Hiệu trưởng phát biểu khai mạc",
    "Quang cảnh hội nghị",
    "Đại biểu chụp ảnh lưu niệm cùng học viên",
    "Ban tổ chức trao giấy khen cho các cá nhân xuất sắc",
    "Học viên tham gia thảo luận tại lớp",
    "Đoàn công tác làm việc với Ban Giám hiệu nhà trường",
    "Giảng viên trình bày bài giảng tại hội thi",
    "Các đại biểu dâng hoa tại khu di tích",
)
NAMES = (
    "Hoàng Phúc", "Thanh Tâm", "Ngọc Hân", "Minh Trí", "Lê Thảo", "Quốc Bảo",
    "Phương Linh", "Trần Duy", "Hữu Nghĩa", "Bích Ngọc", "Văn Toàn", "Kim Oanh",
)
SOURCES = ("Báo Thạch Lâm", "Cổng TTĐT tỉnh Thạch Lâm", "Tạp chí Lý luận chính trị")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
EPOCH = datetime(2018, 1, 2, 7, 15)

_pool_rng = random.Random(2026)
#: paragraphs built once from the sentences; an article picks some by arithmetic on its id
PARAGRAPHS: tuple[str, ...] = tuple(
    " ".join(_pool_rng.sample(SENTENCES, _pool_rng.randint(2, 4))) for _ in range(241)
)


class _AsciiFold(dict):
    """``str.translate`` table filled on demand: a character -> its accent-free lower-case form."""

    def __missing__(self, code: int) -> str:
        char = chr(code).replace("đ", "d").replace("Đ", "D")
        base = "".join(c for c in unicodedata.normalize("NFD", char) if unicodedata.category(c) != "Mn")
        self[code] = base.lower()
        return self[code]


_FOLD = _AsciiFold()
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII slug like the portal's: accents stripped, đ -> d, words joined by '-'."""
    return _NON_SLUG.sub("-", text.translate(_FOLD)).strip("-")


def category_of(i: int) -> int:
    return (i - 1) % len(CATEGORIES)


def title_of(i: int) -> str:
    title = TITLE_TEMPLATES[(i * 7) % len(TITLE_TEMPLATES)].format(n=i)
    return title.upper() if i % 10 == 0 else title


def published_of(i: int) -> datetime:
    return EPOCH + timedelta(minutes=373 * i)


@functools.cache
def article_path(i: int) -> str:
    return f"/-/view_content/{i}-{slugify(title_of(i))}"


def listing_path(cat: int, page: int = 1, explicit: bool = False) -> str:
    base = f"/web/guest/{CATEGORIES[cat][0]}"
    return f"{base}?{PAGER_PARAM}={page}" if (page > 1 or explicit) else base


def image_path(i: int, k: int) -> str:
    return f"/documents/10180/{i}/anh-{i}-{k}.jpg"


class Article:
    """Everything about article ``i``, derived from ``i`` alone (markup variants included)."""

    def __init__(self, i: int):
        self.i = i
        self.title = title_of(i)
        self.category = CATEGORIES[category_of(i)][1]
        self.when = published_of(i)
        self.date_style = i % 5
        self.has_time = self.date_style in (1, 2, 4)
        self.sapo = i % 3 == 0
        first = (
            f"Ngày {self.when.day:02d} tháng {self.when.month} năm {self.when.year}, "
            f"{SITE_NAME} tổ chức sự kiện “{title_of(i).lower()}” theo kế hoạch năm học."
        )
        picks = [PARAGRAPHS[(i * 37 + k * 53) % len(PARAGRAPHS)] for k in range(3 + i % 5)]
        self.paragraphs: list[str] = [first, *picks]
        self.n_images = i % 3
        self.caption_style = (i // 3) % 4
        self.byline_style = i % 6
        a, b = NAMES[i % len(NAMES)], NAMES[(i * 5 + 3) % len(NAMES)]
        if b == a:
            b = NAMES[(i + 1) % len(NAMES)]
        self.names = (a, b)
        self.several = i % 7 == 0
        self.entities = i % 11 == 0

    # --- gold -----------------------------------------------------------------
    def captions(self) -> list[str]:
        out = []
        for k in range(self.n_images):
            cap = CAPTIONS[(self.i + k * 3) % len(CAPTIONS)]
            if self.caption_style == 3:
                cap += f" (Ảnh: {self.names[1]})"
            out.append(cap)
        return out

    def people(self) -> tuple[list[str], list[str], str | None]:
        a, b = self.names
        authors: list[str] = []
        photographers: list[str] = []
        source = None
        style = self.byline_style
        writers = [a, NAMES[(self.i + 6) % len(NAMES)]] if self.several and style in (0, 1, 2) else [a]
        if style == 0:
            authors, photographers = writers, [b]
        elif style == 1:
            authors, photographers = writers, list(writers)
        elif style == 2:
            authors, photographers = writers, [b]
        elif style == 3:
            authors = [a]
        elif style == 4:
            source = SOURCES[self.i % len(SOURCES)]
        if self.caption_style == 3 and self.n_images and b not in photographers:
            photographers.append(b)
        return authors, photographers, source

    def published_at(self) -> str:
        if self.has_time:
            return self.when.strftime("%Y-%m-%dT%H:%M:00+07:00")
        return self.when.strftime("%Y-%m-%d")

    def gold(self) -> dict:
        authors, photographers, source = self.people()
        caps = self.captions()
        return {
            "path": article_path(self.i),
            "canonical_path": article_path(self.i),
            "title": self.title,
            "published_at": self.published_at(),
            "authors": authors,
            "photographers": photographers,
            "source": source,
            "summary": self.paragraphs[0] if self.sapo else None,
            "body": "\n\n".join(self.paragraphs),
            "images": [{"path": image_path(self.i, k), "caption": caps[k]} for k in range(self.n_images)],
            "category": self.category,
        }

    # --- markup ---------------------------------------------------------------
    def date_html(self) -> str:
        w = self.when
        d = w.strftime("%d/%m/%Y")
        hm = w.strftime("%H:%M")
        return (
            f'<span class="date">Ngày {w:%d-%m-%Y}</span>',
            f'<span class="date">{d} {hm}</span>',
            f'<span class="date">{WEEKDAYS[w.weekday()]}, {d} - {hm}</span>',
            f'<span class="date">Ngày đăng : {w:%d-%m-%Y}</span>',
            f'<span class="date">{hm} {d}</span>',
        )[self.date_style]

    def image_html(self, k: int, caption: str) -> str:
        src = image_path(self.i, k)
        cap = escape(caption)
        style = self.caption_style
        if style == 1:
            return (
                '<table class="image" align="center" style="width:600px"><tbody>'
                f'<tr><td><img alt="" src="{src}" style="width:600px;height:400px"></td></tr>'
                f'<tr><td class="image_desc"><em>{cap}</em></td></tr></tbody></table>'
            )
        if style == 2:
            return f'<figure class="image"><img alt="" src="{src}"><figcaption>{cap}</figcaption></figure>'
        shown = cap if style == 3 else f"({cap})"
        return (
            f'<p style="text-align:center"><img alt="" src="{src}" width="600"></p>'
            f'<p style="text-align:center"><em>{shown}</em></p>'
        )

    def byline_html(self) -> str:
        authors, _, source = self.people()
        a, b = self.names
        joined = ", ".join(authors)
        right = '<p style="text-align:right"><strong>{}</strong></p>'
        style = self.byline_style
        if style == 0:
            return right.format(f"Tin: {joined}") + right.format(f"Ảnh: {b}")
        if style == 1:
            return right.format(f"Tin, ảnh: {joined}")
        if style == 2:
            return right.format(f"Bài: {joined} - Ảnh: {b}")
        if style == 3:
            return right.format(a)
        if style == 4:
            return f'<p style="text-align:right"><em>Nguồn: {source}</em></p>'
        return ""

    def body_html(self) -> str:
        parts: list[str] = []
        caps = self.captions()
        paras = self.paragraphs[1:] if self.sapo else self.paragraphs
        for n, text in enumerate(paras):
            if self.entities and n == 1:
                text = "".join(f"&#{ord(c)};" if ord(c) > 127 else escape(c) for c in text)
            else:
                text = escape(text)
            parts.append(f'<p style="text-align:justify">{text}</p>')
            if n < len(caps):
                parts.append(self.image_html(n, caps[n]))
        parts.append(self.byline_html())
        return "".join(parts)


def _asset_entry(i: int) -> str:
    art = Article(i)
    snippet = escape(" ".join(art.paragraphs[0].split()[:28])) + "…"
    return (
        '<div class="asset-abstract">'
        f'<img class="asset-small-image" src="{image_path(i, 0)}" width="120">'
        f'<h3 class="asset-title"><a href="{article_path(i)}">{escape(art.title)}</a></h3>'
        f'<span class="metadata-entry metadata-publish-date">{art.when:%d/%m/%Y}</span>'
        f'<div class="asset-summary">{snippet}</div>'
        f'<div class="asset-more"><a href="{article_path(i)}">Xem tiếp »</a></div></div>'
    )


_SCRIPT = (
    "<script>var Liferay={Browser:{},ThemeDisplay:{getCompanyId:function(){return '10154';},"
    "getPathImage:function(){return '/image';},getPathMain:function(){return '/c';},"
    "getScopeGroupId:function(){return '10180';},isSignedIn:function(){return false;},"
    "getLanguageId:function(){return 'vi_VN';}},PropsValues:{NTLM_AUTH_ENABLED:false}};"
    + "".join(
        f"Liferay.Portlet.onLoad({{canEditTitle:false,columnPos:{k},isStatic:'end',"
        f"namespacedId:'p_p_id_56_INSTANCE_w{k}x_',portletId:'56_INSTANCE_w{k}x',"
        f"refreshURL:'/c/portal/render_portlet?p_l_id=10185&p_p_id=56_INSTANCE_w{k}x'}});"
        for k in range(24)
    )
    + "</script>"
)


class SynthSite:
    """The portal: home, four paginated category listings, articles, static pages."""

    def __init__(self, n_articles: int = DEFAULT_ARTICLES):
        if n_articles < 1:
            raise ValueError("n_articles must be >= 1")
        self.n = n_articles
        self._pages_by_cat = [self._count(c) for c in range(len(CATEGORIES))]
        self._head, self._side, self._foot = self._chrome()

    # --- arithmetic over ids ---------------------------------------------------
    def _count(self, cat: int) -> int:
        """Articles in category ``cat`` (ids cat+1, cat+1+4, … <= n)."""
        return max(0, (self.n - (cat + 1)) // len(CATEGORIES) + 1)

    def _newest(self, cat: int) -> int:
        return cat + 1 + (self._count(cat) - 1) * len(CATEGORIES)

    def listing_pages(self, cat: int) -> int:
        return max(1, -(-self._count(cat) // PAGE_SIZE))

    def total_listing_pages(self) -> int:
        return sum(self.listing_pages(c) for c in range(len(CATEGORIES)))

    def article_ids(self) -> range:
        return range(1, self.n + 1)

    # --- chrome ---------------------------------------------------------------
    def _chrome(self) -> tuple[str, str, str]:
        menu = "".join(
            f'<li><a href="{listing_path(c)}">{escape(name)}</a></li>' for c, (_, name) in enumerate(CATEGORIES)
        ) + "".join(f'<li><a href="{p}">{escape(t)}</a></li>' for p, t in STATIC_PAGES)
        head = (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            "<title>{title}</title>{canonical}"
            '<link rel="stylesheet" href="/html/themes/classic/css/main.css">'
            + _SCRIPT
            + '</head><body class="portal"><div id="wrapper"><header id="banner">'
            f'<div class="site-name">{SITE_NAME}</div>'
            '<div class="clock">Thứ Ba, ngày 24/11/2026</div>'
            f'<nav id="navigation"><ul><li><a href="/">Trang chủ</a></li>{menu}</ul></nav></header>'
            '<div id="content"><div class="columns-2"><div id="column-1" class="portlet-column">'
        )
        links = "".join(f'<option value="{k}">Sở ban ngành số {k}</option>' for k in range(1, 26))
        side = (
            '</div><div id="column-2" class="portlet-column">'
            '<div class="portlet-boundary portlet-boundary_86_"><div class="portlet-title">Thống kê truy cập</div>'
            '<div class="portlet-body"><ul class="counter"><li>Đang online: 7</li><li>Hôm nay: 452</li>'
            "<li>Đã truy cập: 861204</li></ul></div></div>"
            '<div class="portlet-boundary"><div class="portlet-body">'
            '<div class="portlet-msg-error">Bạn chưa có đủ quyền truy nhập portlet này.</div></div></div>'
            '<div class="portlet-boundary"><div class="portlet-title">Liên kết website</div>'
            f'<select onchange="window.open(this.value)">{links}</select></div>'
            '<div class="portlet-boundary"><div class="portlet-title">Thăm dò ý kiến</div>'
            "<form><p>Bạn đánh giá thế nào về giao diện mới?</p>"
            '<label><input type="radio" name="v"> Đẹp</label><label><input type="radio" name="v"> Bình thường</label>'
            '<button type="button">Biểu quyết</button></form></div></div></div></div>'
        )
        agencies = "".join(
            f'<li><a href="http://so{k}.thachlam.gov.vn/" target="_blank">Cổng thông tin đơn vị số {k}</a></li>'
            for k in range(1, 21)
        )
        foot = (
            f'<div class="footer-links"><ul>{agencies}</ul></div>'
            '<footer id="footer"><p>Bản quyền thuộc ' + SITE_NAME + "</p>"
            "<p>Cơ quan chủ quản: Tỉnh ủy Thạch Lâm. Chịu trách nhiệm chính: Hiệu trưởng nhà trường.</p>"
            "<p>Địa chỉ: số 1 đường Trần Hưng Đạo, phường 1, thành phố Thạch Lâm. Điện thoại: 0299 3 888 888</p>"
            "</footer></div></body></html>"
        )
        return head, side, foot

    def _page(self, title: str, main: str, canonical: str = "") -> str:
        head = self._head.replace("{title}", escape(title)).replace("{canonical}", canonical)
        return head + main + self._side + self._foot

    # --- pages ----------------------------------------------------------------
    def home(self) -> str:
        latest = "".join(_asset_entry(i) for i in range(self.n, max(0, self.n - 10), -1))
        cats = "".join(
            f'<div class="portlet-boundary"><div class="portlet-title">'
            f'<a href="{listing_path(c)}">{escape(name)}</a></div></div>'
            for c, (_, name) in enumerate(CATEGORIES)
        )
        main = f'<div class="portlet-boundary"><div class="portlet-title">Tin mới</div>{latest}</div>{cats}'
        return self._page(SITE_NAME, main)

    def listing(self, cat: int, page: int) -> str | None:
        pages = self.listing_pages(cat)
        if not 1 <= page <= pages:
            return None
        newest = self._newest(cat)
        ids = [newest - len(CATEGORIES) * k for k in range((page - 1) * PAGE_SIZE, page * PAGE_SIZE)]
        entries = "".join(_asset_entry(i) for i in ids if i >= 1)
        nav = []
        if page > 1:
            nav.append(f'<a href="{listing_path(cat, 1, True)}">« Đầu</a>')
            nav.append(f'<a href="{listing_path(cat, page - 1, True)}">‹ Trước</a>')
        for p in range(max(1, page - 2), min(pages, page + 2) + 1):
            nav.append(f"<strong>{p}</strong>" if p == page else f'<a href="{listing_path(cat, p, True)}">{p}</a>')
        if page < pages:
            nav.append(f'<a href="{listing_path(cat, page + 1, True)}">Sau ›</a>')
            nav.append(f'<a href="{listing_path(cat, pages, True)}">Cuối »</a>')
        name = CATEGORIES[cat][1]
        main = (
            f'<div class="portlet-boundary portlet-boundary_101_"><div class="portlet-title">{escape(name)}</div>'
            f'<div class="portlet-body">{entries}<div class="taglib-page-iterator">'
            f'<div class="search-pages">Trang {page} / {pages}</div>'
            f'<div class="page-links">{" ".join(nav)}</div></div></div></div>'
        )
        return self._page(f"{name} - {SITE_NAME}", main)

    def article(self, i: int, host: str) -> str:
        art = Article(i)
        cat = category_of(i)
        sapo = f'<div class="sapo"><strong>{escape(art.paragraphs[0])}</strong></div>' if art.sapo else ""
        related_ids = range(i - 4, max(0, i - 24), -4)
        related = "".join(
            f'<li><a href="{article_path(j)}">{escape(title_of(j))}</a> <span>({published_of(j):%d/%m/%Y})</span></li>'
            for j in related_ids
        )
        related_html = (
            f'<div class="other-news"><div class="title">Các tin khác</div><ul>{related}</ul></div>' if related else ""
        )
        main = (
            '<div class="portlet-boundary portlet-boundary_56_"><div class="breadcrumbs">'
            f'<a href="/">Trang chủ</a> › <a href="{listing_path(cat)}">{escape(art.category)}</a></div>'
            '<div class="portlet-body"><div class="journal-content-article">'
            f'<h1 class="header-title">{escape(art.title)}</h1>{art.date_html()}{sapo}'
            f'<div class="content">{art.body_html()}</div></div>'
            '<div class="tools"><a href="javascript:window.print()">In trang</a> | '
            '<a href="javascript:void(0)">Gửi email</a> | <a href="javascript:void(0)">Chia sẻ</a>'
            f' <span class="view-count">Lượt xem: {100 + i * 13 % 900}</span></div>'
            f"{related_html}</div></div>"
        )
        canonical = f'<link rel="canonical" href="http://{escape(host)}{article_path(i)}">'
        return self._page(f"Xem chi tiết - {SITE_NAME}", main, canonical)

    def static(self, title: str) -> str:
        main = (
            f'<div class="portlet-boundary"><div class="portlet-title">{escape(title)}</div>'
            f"<p>{escape(SENTENCES[0])}</p><p>{escape(SENTENCES[6])}</p></div>"
        )
        return self._page(f"{title} - {SITE_NAME}", main)

    # --- routing --------------------------------------------------------------
    _ARTICLE = re.compile(r"/-/view_content/(\d+)-([a-z0-9-]+)")

    def classify(self, path: str) -> str:
        """'article' | 'listing' | 'home' | 'static' | 'other': for server-side request counts."""
        if path.startswith("/-/view_content/"):
            return "article"
        if path == "/":
            return "home"
        if path.startswith("/web/guest/"):
            return "static" if any(path == p for p, _ in STATIC_PAGES) else "listing"
        return "other"

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return None
        if path == "/":
            return html(self.home())
        m = self._ARTICLE.fullmatch(path)
        if m:
            i = int(m.group(1))
            if not 1 <= i <= self.n or path != article_path(i):
                return None
            return html(self.article(i, request.headers.get("Host", "127.0.0.1")))
        for c, (slug, _) in enumerate(CATEGORIES):
            if path == f"/web/guest/{slug}":
                raw = request.params.get(PAGER_PARAM, "1")
                page = int(raw) if raw.isdigit() else 0
                body = self.listing(c, page)
                return html(body) if body is not None else None
        for p, title in STATIC_PAGES:
            if path == p:
                return html(self.static(title))
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow:\n", {"Content-Type": "text/plain"})
        return None


def build_site(n_articles: int = DEFAULT_ARTICLES) -> SynthSite:
    return SynthSite(n_articles)


#: a dozen consecutive ids cover every markup variant (i % 3, i % 5, i % 6, (i // 3) % 4, i % 10, i % 11)
GOLD_IDS = tuple(range(101, 113))
GOLD: list[dict] = [Article(i).gold() for i in GOLD_IDS]
NON_ARTICLES: list[str] = [
    "/",
    *(listing_path(c) for c in range(len(CATEGORIES))),
    listing_path(0, 2),
    listing_path(0, 1, True),
    *(p for p, _ in STATIC_PAGES),
]
